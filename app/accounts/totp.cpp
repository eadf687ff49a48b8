#include "app/accounts/totp.hpp"

#include <cctype>
#include <memory>
#include <stdexcept>

#include <liboath/oath.h>
#include <qrencode.h>
#include <sodium.h>

namespace collabtender::app {
namespace {

constexpr unsigned step_seconds = 30;

void ensure_oath() {
    static const int ready = oath_init();
    if (ready != OATH_OK) throw std::runtime_error{"liboath failed to initialise"};
    if (sodium_init() < 0) throw std::runtime_error{"libsodium failed to initialise"};
}

// Percent-encoding for a URI's label and query values.
std::string uri_encoded(const std::string& text) {
    static const char* hex = "0123456789ABCDEF";
    std::string out;
    for (const unsigned char c : text) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~')
            out.push_back(static_cast<char>(c));
        else
            out.append({'%', hex[c >> 4], hex[c & 15]});
    }
    return out;
}

std::string xml_escaped(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '&')
            out += "&amp;";
        else if (c == '"')
            out += "&quot;";
        else
            out.push_back(c);
    }
    return out;
}

}  // namespace

std::string new_totp_secret() {
    ensure_oath();
    std::string secret(20, '\0');
    randombytes_buf(secret.data(), secret.size());
    return secret;
}

std::string base32(const std::string& bytes) {
    ensure_oath();
    char* out = nullptr;
    std::size_t length = 0;
    if (oath_base32_encode(bytes.data(), bytes.size(), &out, &length) != OATH_OK)
        throw std::runtime_error{"base32 encoding failed"};
    std::unique_ptr<char, decltype(&std::free)> owned{out, &std::free};
    std::string text{out, length};
    while (!text.empty() && text.back() == '=') text.pop_back();
    return text;
}

std::string otpauth_uri(const std::string& secret, const std::string& account, const std::string& issuer) {
    return "otpauth://totp/" + uri_encoded(issuer) + ":" + uri_encoded(account) + "?secret=" + base32(secret) +
           "&issuer=" + uri_encoded(issuer) + "&algorithm=SHA1&digits=6&period=30";
}

std::optional<std::int64_t> totp_step(const std::string& secret, const std::string& code, domain::TimePoint now) {
    ensure_oath();
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    int position = 0;
    std::uint64_t counter = 0;
    const int found = oath_totp_validate4(secret.data(), secret.size(), static_cast<time_t>(seconds), step_seconds, 0,
                                          1, &position, &counter, 0, code.c_str());
    if (found < 0) return std::nullopt;  // OATH_INVALID_OTP, or an error: no code is accepted
    return static_cast<std::int64_t>(counter);
}

std::string qr_svg(const std::string& text, const std::string& title) {
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code{
        QRcode_encodeString(text.c_str(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free};
    if (!code) throw std::runtime_error{"the QR code could not be made"};
    const int quiet = 4;  // modules of white around the code, as scanners need
    const int size = code->width + 2 * quiet;
    std::string path;
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                path += "M" + std::to_string(x + quiet) + " " + std::to_string(y + quiet) + "h1v1h-1z";
    const auto side = std::to_string(size);
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + side + " " + side +
           "\" role=\"img\" shape-rendering=\"crispEdges\"><title>" + xml_escaped(title) + "</title><rect width=\"" +
           side + "\" height=\"" + side + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path + "\"/></svg>";
}

std::vector<std::string> new_recovery_codes(int count) {
    ensure_oath();
    // Without 0, 1, i, l and o, which people mistake for one another.
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    static_assert(sizeof alphabet - 1 == 31);
    std::vector<std::string> out;
    for (int n = 0; n < count; ++n) {
        std::string code;
        for (int i = 0; i < 16; ++i) {
            if (i > 0 && i % 4 == 0) code.push_back('-');
            code.push_back(alphabet[randombytes_uniform(sizeof alphabet - 1)]);
        }
        out.push_back(code);
    }
    return out;
}

}  // namespace collabtender::app
