#pragma once

// Enrolling in two-factor sign-in, and leaving it: a person adds an authenticator
// app by scanning a QR code and typing its first code, and is given ten recovery
// codes once; an admin resets it for someone who lost their phone.
#include <optional>
#include <string>
#include <vector>

#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

struct TwoFactorStatus {
    bool enabled = false;
    std::optional<domain::TimePoint> enabled_at;
    int recovery_codes_left = 0;
    bool required = false;   // for this person's role, by the installation's setting
    bool enrolling = false;  // a secret waits for its first code
};
TwoFactorStatus read_two_factor(persistence::Connection& db, const domain::Principal& person);

// A new secret for the person's app (replacing one that waited), as the app takes
// it: typed (base32) or scanned (the otpauth URI, as enrolment_qr draws it).
// Refuses someone enrolled already (two_factor_enabled).
struct Enrolment {
    std::string secret;  // base32
    std::string uri;     // otpauth://
};
Enrolment begin_enrolment(persistence::Connection& db, const domain::Principal& person, domain::TimePoint now);

// The waiting secret as a QR code again (a page reloaded); not_found when none waits.
std::string enrolment_qr(persistence::Connection& db, const domain::Principal& person);

// The app's first code confirms the waiting secret: two-factor sign-in is on, the
// person's sessions opened only to enrol reach everything, and ten recovery codes
// are returned, once (only their digests are kept); audited. Refuses no waiting
// secret (not_found) and a wrong code (invalid, at /one_time_code).
std::vector<std::string> confirm_enrolment(persistence::Connection& db, const domain::Principal& person,
                                           const std::string& code, domain::TimePoint now);

// Ten new recovery codes, the old ones dead, for a code from the app; audited.
// Refuses someone not enrolled (not_found) and a wrong or used code (invalid).
std::vector<std::string> replace_recovery_codes(persistence::Connection& db, const domain::Principal& person,
                                                const std::string& code, domain::TimePoint now);

// The person turns two-factor sign-in off, giving a code from their app. Refuses
// it where the installation requires it for their role (two_factor_required).
void turn_off_two_factor(persistence::Connection& db, const domain::Principal& person, const std::string& code,
                         domain::TimePoint now);

// An admin (or a commissioner, for their own panellists) clears someone's second
// factor, with the reason: their sessions end, and they enrol again at their next
// sign-in; audited. Refuses anyone the caller does not manage (not_found).
persistence::Account reset_two_factor(persistence::Connection& db, const domain::Principal& manager,
                                      const domain::UserId& user_id, const std::string& reason, domain::TimePoint now);

}  // namespace collabtender::app
