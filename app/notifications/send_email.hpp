#pragma once

// Sending the outbox: the mailer's use case. service/ supplies the transport
// (SMTP, or a folder of .eml files) and a thread to call it from.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "domain/email_delivery.hpp"
#include "domain/notification.hpp"
#include "domain/time_point.hpp"
#include "persistence/notifications_repository.hpp"

namespace collabtender::app {

// What the transport answered.
struct Delivery {
    bool sent = false;
    bool permanent = false;  // refused for good (5xx): retrying cannot help
    std::string error;
};
// Hands one email, in words (domain::Message) and to whom, to the transport.
using Deliver = std::function<Delivery(const persistence::OutgoingMail& mail, const domain::Message& message)>;

struct EmailSending {
    std::string public_url;  // the web client's address, for links
    domain::EmailRetry retry;
    std::function<domain::TimePoint()> clock;
};

// Sends the next due notification email, if any, while holding its row (other
// senders skip it) and marks it sent in the same transaction once the transport
// has taken it; a failure is tried again later (domain::next_email_attempt) or
// marked failed for the admin. None when no email was due.
struct EmailAttempt {
    std::int64_t notification_id = 0;
    int attempt = 1;  // counting this one
    Delivery delivery;
    bool given_up = false;  // failed for good
};
std::optional<EmailAttempt> send_next_email(persistence::Connection& db, const EmailSending& sending,
                                            const Deliver& deliver);

}  // namespace collabtender::app
