#pragma once

// The codes of two-factor sign-in (RFC 6238: HMAC-SHA1, six digits, 30-second
// steps, as every authenticator app computes them) with Debian's liboath, and the
// QR code an app scans to enrol, with libqrencode.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/time_point.hpp"

namespace collabtender::app {

// 20 random bytes (160 bits, RFC 4226's recommended length).
std::string new_totp_secret();

// RFC 4648 base32 without padding: how apps take a secret typed in by hand.
std::string base32(const std::string& bytes);

// The otpauth:// URI an app reads from the QR code (Google Authenticator's format,
// which every common app accepts).
std::string otpauth_uri(const std::string& secret, const std::string& account, const std::string& issuer);

// The time step of `code` if it is the code of the step at `now`, the one before
// (a code typed as it changed) or the one after (a phone's clock a little ahead).
std::optional<std::int64_t> totp_step(const std::string& secret, const std::string& code, domain::TimePoint now);

// The QR code of `text` as an SVG image with its quiet zone, black on white.
std::string qr_svg(const std::string& text, const std::string& title);

// Fresh single-use recovery codes, as shown to the person: "abcd-efgh-jkmn-pqrs"
// (16 characters of 31 letters and digits: 79 bits each).
std::vector<std::string> new_recovery_codes(int count);

}  // namespace collabtender::app
