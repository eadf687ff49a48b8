#include "service/mail_message.hpp"

#include <ctime>

#include <sodium.h>

namespace collabtender::service {
namespace {

std::string base64(const std::string& bytes) {
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(out.size() - 1);  // the terminating NUL
    return out;
}

// Base64 in lines of 76 characters, as MIME asks.
std::string base64_lines(const std::string& bytes) {
    const auto encoded = base64(bytes);
    std::string out;
    for (std::size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\r\n";
    return out;
}

// No header may carry a line break of its own: that would let a value add headers.
std::string one_line(std::string text) {
    for (auto& c : text)
        if (c == '\r' || c == '\n') c = ' ';
    return text;
}

bool ascii(const std::string& text) {
    for (const unsigned char c : text)
        if (c >= 0x80 || c < 0x20) return false;
    return true;
}

std::string rfc5322_date(domain::TimePoint at) {
    const std::time_t t = std::chrono::system_clock::to_time_t(at);
    std::tm utc{};
    gmtime_r(&t, &utc);
    char buffer[64];
    std::strftime(buffer, sizeof buffer, "%a, %d %b %Y %H:%M:%S +0000", &utc);
    return buffer;
}

std::string mailbox(const std::string& name, const std::string& address) {
    if (name.empty()) return "<" + address + ">";
    if (!ascii(name)) return encoded_header_text(name) + " <" + address + ">";
    std::string quoted = "\"";
    for (const char c : name) {
        if (c == '"' || c == '\\') quoted += '\\';
        quoted += c;
    }
    return quoted + "\" <" + address + ">";
}

}  // namespace

std::string encoded_header_text(const std::string& text) {
    if (ascii(text)) return text;
    // Encoded words of at most 75 characters: 45 bytes of text each, never
    // splitting a UTF-8 character.
    std::string out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.size(), start + 45);
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
        if (!out.empty()) out += "\r\n ";
        out += "=?UTF-8?B?" + base64(text.substr(start, end - start)) + "?=";
        start = end;
    }
    return out;
}

std::string mime_message(const Envelope& e, const domain::Message& message) {
    const std::string boundary = "=_collabtender_" + base64(e.message_id).substr(0, 24);
    std::string out;
    out += "From: " + mailbox("collabtender", one_line(e.from)) + "\r\n";
    out += "To: " + mailbox(one_line(e.to_name), one_line(e.to)) + "\r\n";
    out += "Subject: " + encoded_header_text(one_line(message.subject)) + "\r\n";
    out += "Date: " + rfc5322_date(e.date) + "\r\n";
    out += "Message-ID: <" + one_line(e.message_id) + ">\r\n";
    if (!e.unsubscribe.empty()) {
        out += "List-Unsubscribe: <" + one_line(e.unsubscribe) + ">\r\n";
        out += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n";
    }
    out += "Auto-Submitted: auto-generated\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    out += "--" + boundary + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += base64_lines(message.text);
    out += "--" + boundary + "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n";
    out += base64_lines(message.html);
    out += "--" + boundary + "--\r\n";
    return out;
}

}  // namespace collabtender::service
