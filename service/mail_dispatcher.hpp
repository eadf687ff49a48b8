#pragma once

// Sends the outbox: one background thread with its own database connection takes
// the next due notification (FOR UPDATE SKIP LOCKED, so instances never take the
// same one), sends it while holding that row, and marks it sent in the same
// transaction once the server has accepted it. A transient failure is tried
// again after a growing pause; a permanent one, or too many tries, is marked
// failed for the admin to see.
//
// The one window for a duplicate is SMTP's own (RFC 1047): the process dying
// after the server's 250 and before the commit. The Message-ID stays the same on
// a resend, so mail clients can tell.
#include <chrono>
#include <functional>
#include <memory>
#include <string>

#include "service/background_worker.hpp"
#include "service/mail_transport.hpp"

namespace collabtender::service {

struct MailSettings {
    std::string from = "collabtender@localhost";
    std::string public_url;  // the web client's address, for links
    std::chrono::milliseconds poll{2000};
    std::chrono::milliseconds retry_base{30000};  // the first pause; doubled each try, at most an hour
    int max_attempts = 8;
    std::function<std::chrono::system_clock::time_point()> clock = [] { return std::chrono::system_clock::now(); };
};

class MailDispatcher {
public:
    MailDispatcher(MailSettings settings, const persistence::DatabaseConfig& database,
                   std::unique_ptr<MailTransport> transport);

private:
    // Sends the next due message, if any; false when none was due.
    bool send_next(persistence::Connection& connection);

    MailSettings settings_;
    std::unique_ptr<MailTransport> transport_;
    std::string host_;        // for Message-IDs
    BackgroundWorker worker_;  // last: stops before the rest goes
};

}  // namespace collabtender::service
