#pragma once

// Where emails go: an SMTP server (libcurl), or, with none configured, a folder
// of .eml files so that a trial installation works without one.
#include <chrono>
#include <memory>
#include <string>

#include "app/notifications/send_email.hpp"

namespace collabtender::service {

class MailTransport {
public:
    virtual ~MailTransport() = default;
    // Returns once the server has taken the message (its 250) or refused it.
    virtual app::Delivery send(const std::string& from, const std::string& to, const std::string& message_id,
                               const std::string& message) = 0;
};

struct SmtpConfig {
    std::string url;  // smtp://host:port (STARTTLS as `tls` says) or smtps://host:port
    std::string user;
    std::string password;
    std::string tls = "starttls";  // starttls: required; none: plain text (a local relay or test server)
    std::chrono::seconds timeout{30};
};

std::unique_ptr<MailTransport> smtp_transport(SmtpConfig config);
// Writes <message_id>.eml into `folder` (created if missing), atomically: a
// message written twice is the same file.
std::unique_ptr<MailTransport> folder_transport(std::string folder);

}  // namespace collabtender::service
