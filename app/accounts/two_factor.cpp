#include "app/accounts/two_factor.hpp"

#include <boost/json.hpp>

#include "app/accounts/accounts.hpp"
#include "app/accounts/credentials.hpp"
#include "app/accounts/totp.hpp"
#include "app/audit.hpp"
#include "app/settings/installation_settings.hpp"
#include "domain/account_management.hpp"
#include "domain/refusal.hpp"
#include "domain/text.hpp"
#include "domain/two_factor.hpp"

namespace collabtender::app {
namespace {

constexpr const char* issuer = "collabtender";

persistence::UserRecord user_of(persistence::Tx& tx, const domain::Principal& person) {
    auto user = persistence::find_user(tx, person.user_id);
    if (!user) throw domain::Refusal{domain::RefusalCode::not_found, "No such person."};
    return *user;
}

domain::Refusal wrong_code() {
    return domain::invalid_input(
        {{"/one_time_code", "incorrect", "is not the code your app shows now, or was used already"}});
}

// A code of the person's enrolled app, used up here; refused otherwise.
void require_code(persistence::Tx& tx, const persistence::UserRecord& user, const std::string& code,
                  domain::TimePoint now) {
    if (!user.totp_secret)
        throw domain::Refusal{domain::RefusalCode::not_found, "Two-factor sign-in is not on for your account."};
    const auto digits = domain::one_time_code(code);
    const auto step = digits ? totp_step(*user.totp_secret, *digits, now) : std::nullopt;
    if (!step || !persistence::accept_totp_step(tx, user.id, *step)) throw wrong_code();
}

// New recovery codes for the person: shown once, kept as digests.
std::vector<std::string> new_codes(persistence::Tx& tx, const domain::UserId& user_id) {
    auto codes = new_recovery_codes(domain::recovery_code_count);
    std::vector<persistence::TokenDigest> digests;
    for (const auto& code : codes) digests.push_back(token_digest(domain::normalise_recovery_code(code)));
    persistence::replace_recovery_codes(tx, user_id, digests);
    return codes;
}

}  // namespace

TwoFactorStatus read_two_factor(persistence::Connection& db, const domain::Principal& person) {
    TwoFactorStatus out;
    db.transact([&](persistence::Tx& tx) {
        const auto user = user_of(tx, person);
        out.enabled = user.totp_secret.has_value();
        out.enabled_at = user.totp_enabled_at;
        out.enrolling = user.totp_pending_secret.has_value();
        out.recovery_codes_left = out.enabled ? persistence::recovery_codes_left(tx, user.id) : 0;
        out.required = domain::two_factor_required(user.role, current_settings(tx).two_factor_required);
    });
    return out;
}

Enrolment begin_enrolment(persistence::Connection& db, const domain::Principal& person, domain::TimePoint now) {
    const auto secret = new_totp_secret();
    Enrolment out;
    db.transact([&](persistence::Tx& tx) {
        const auto user = user_of(tx, person);
        if (user.totp_secret)
            throw domain::Refusal{domain::RefusalCode::two_factor_enabled,
                                  "Two-factor sign-in is on already. Turn it off first to use another app."};
        persistence::begin_totp(tx, user.id, secret);
        out.uri = otpauth_uri(secret, user.email, issuer);
        append_audit(tx, person, now, {std::nullopt, "user.two_factor_begin", "user", user.id, nullptr, nullptr});
    });
    out.secret = base32(secret);
    return out;
}

std::string enrolment_qr(persistence::Connection& db, const domain::Principal& person) {
    std::string uri;
    db.transact([&](persistence::Tx& tx) {
        const auto user = user_of(tx, person);
        if (!user.totp_pending_secret)
            throw domain::Refusal{domain::RefusalCode::not_found, "No app is waiting to be added."};
        uri = otpauth_uri(*user.totp_pending_secret, user.email, issuer);
    });
    return qr_svg(uri, "QR code to scan with your authenticator app");
}

std::vector<std::string> confirm_enrolment(persistence::Connection& db, const domain::Principal& person,
                                           const std::string& code, domain::TimePoint now) {
    std::vector<std::string> codes;
    db.transact([&](persistence::Tx& tx) {
        const auto user = user_of(tx, person);
        if (!user.totp_pending_secret)
            throw domain::Refusal{domain::RefusalCode::not_found, "No app is waiting to be added. Start again."};
        const auto digits = domain::one_time_code(code);
        const auto step = digits ? totp_step(*user.totp_pending_secret, *digits, now) : std::nullopt;
        if (!step || !persistence::enable_totp(tx, user.id, *step, now)) throw wrong_code();
        codes = new_codes(tx, user.id);
        persistence::open_enrolled_sessions(tx, user.id);
        append_audit(tx, person, now,
                     {std::nullopt, "user.two_factor_enable", "user", user.id, nullptr,
                      boost::json::object{{"recovery_codes", domain::recovery_code_count}}});
    });
    return codes;
}

std::vector<std::string> replace_recovery_codes(persistence::Connection& db, const domain::Principal& person,
                                                const std::string& code, domain::TimePoint now) {
    std::vector<std::string> codes;
    db.transact([&](persistence::Tx& tx) {
        const auto user = user_of(tx, person);
        require_code(tx, user, code, now);
        codes = new_codes(tx, user.id);
        append_audit(tx, person, now,
                     {std::nullopt, "user.recovery_codes_replace", "user", user.id, nullptr,
                      boost::json::object{{"recovery_codes", domain::recovery_code_count}}});
    });
    return codes;
}

void turn_off_two_factor(persistence::Connection& db, const domain::Principal& person, const std::string& code,
                         domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto user = user_of(tx, person);
        if (domain::two_factor_required(user.role, current_settings(tx).two_factor_required))
            throw domain::Refusal{domain::RefusalCode::two_factor_required,
                                  "Your installation requires two-factor sign-in for your role: it stays on."};
        require_code(tx, user, code, now);
        persistence::clear_totp(tx, user.id);
        append_audit(tx, person, now, {std::nullopt, "user.two_factor_disable", "user", user.id, nullptr, nullptr});
    });
}

persistence::Account reset_two_factor(persistence::Connection& db, const domain::Principal& manager,
                                      const domain::UserId& user_id, const std::string& reason, domain::TimePoint now) {
    domain::refuse_if(domain::check_reason(reason));
    std::optional<persistence::Account> out;
    db.transact([&](persistence::Tx& tx) {
        managed_account(tx, manager, user_id);
        persistence::clear_totp(tx, user_id);
        persistence::revoke_sessions_of_user(tx, user_id, now);
        append_audit(tx, manager, now,
                     {std::nullopt, "user.two_factor_reset", "user", user_id, nullptr,
                      boost::json::object{{"reason", std::string{domain::trim(reason)}}}});
        out = account_now(tx, user_id);
    });
    return *out;
}

}  // namespace collabtender::app
