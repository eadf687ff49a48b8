#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace collabtender::test {

// A real SMTP server (tests/support/smtp_sink.py, Debian's python3-aiosmtpd) on a
// port of the test's choosing (0: a free one, chosen again should another test
// take it first), keeping every message it accepts. Recipients starting with
// "reject" are refused for good. Stopped on destruction.
class SmtpSink {
public:
    explicit SmtpSink(std::uint16_t port = 0, double rcpt_delay_seconds = 0);
    ~SmtpSink();
    SmtpSink(const SmtpSink&) = delete;
    SmtpSink& operator=(const SmtpSink&) = delete;

    std::uint16_t port() const { return port_; }
    std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
    // Every message accepted so far, in arrival order, each led by an
    // "X-Envelope-To:" line naming its recipients.
    std::vector<std::string> messages() const;
    // With a recipient delay: waits until a sender is inside a conversation (a
    // recipient command begun since the last call); false after `limit`.
    bool wait_for_conversation(std::chrono::seconds limit = std::chrono::seconds{20});
    // Waits (up to `limit`) until at least `count` messages have arrived.
    bool wait_for(std::size_t count, std::chrono::seconds limit = std::chrono::seconds{20}) const;

private:
    // False when the port was taken before the sink could listen on it.
    bool start(double rcpt_delay_seconds);

    std::uint16_t port_;
    std::string folder_;
    pid_t pid_ = -1;
    std::size_t conversations_seen_ = 0;
};

// A header's value in a message ("Subject", "To", "Message-ID"...), or empty.
std::string header(const std::string& message, const std::string& name);
// The decoded text of a message's text/plain part (base64 undone).
std::string plain_text(const std::string& message);

}  // namespace collabtender::test
