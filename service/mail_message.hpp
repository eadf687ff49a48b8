#pragma once

// An email as the SMTP server receives it (RFC 5322 with MIME): a plain-text and
// an HTML part, UTF-8, base64-encoded so no line is too long for any server.
#include <string>

#include "domain/login_throttle.hpp"
#include "domain/notification.hpp"

namespace collabtender::service {

struct Envelope {
    std::string from;          // an address
    std::string to;            // an address
    std::string to_name;       // the recipient's display name
    std::string message_id;    // stable per notification: a resent message keeps it
    std::string unsubscribe;   // a one-click (RFC 8058) POST address; empty for formal notices
    domain::TimePoint date;
};

std::string mime_message(const Envelope& envelope, const domain::Message& message);

// A header word with non-ASCII text written as RFC 2047 encoded words.
std::string encoded_header_text(const std::string& text);

}  // namespace collabtender::service
