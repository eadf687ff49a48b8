#include "app/accounts/password_reset.hpp"

#include <boost/json.hpp>

#include "app/accounts/account_links.hpp"
#include "app/accounts/credentials.hpp"
#include "app/audit.hpp"
#include "domain/account_management.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {
namespace {

using persistence::TokenPurpose;

domain::Refusal no_reset_link() {
    return {domain::RefusalCode::link_invalid,
            "This link has expired or has already been used. Ask for a new one with \"Forgot your password?\"."};
}

std::optional<persistence::UserRecord> linked_person(persistence::Tx& tx, const std::string& token,
                                                     domain::TimePoint now, bool use) {
    const auto digest = token_digest(token);
    const auto link = use ? persistence::use_account_token(tx, digest, TokenPurpose::password_reset, now)
                          : persistence::peek_account_token(tx, digest, TokenPurpose::password_reset, now);
    if (!link) return std::nullopt;
    auto user = persistence::find_user(tx, link->user_id);
    if (!user || user->status != domain::AccountStatus::active) return std::nullopt;
    return user;
}

}  // namespace

void request_password_reset(persistence::Connection& db, const std::string& email, domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto user = persistence::find_user_by_email(tx, domain::normalise_email(email));
        if (!user || user->status != domain::AccountStatus::active) return;
        if (persistence::account_tokens_since(tx, user->id, TokenPurpose::password_reset,
                                              now - std::chrono::hours{1}) >= domain::reset_links_per_hour)
            return;
        const auto minutes = domain::password_reset_lifetime.count();
        send_account_link(tx, *user, TokenPurpose::password_reset, std::nullopt, now,
                          now + domain::password_reset_lifetime,
                          {"password_reset", {}, {}, {{"minutes", std::to_string(minutes)}}, "/reset-password", {}});
        append_audit(tx, std::nullopt, now,
                     {std::nullopt, "user.password_reset_request", "user", user->id, nullptr, nullptr});
    });
}

std::string read_password_reset(persistence::Connection& db, const std::string& token, domain::TimePoint now) {
    std::string email;
    db.transact([&](persistence::Tx& tx) {
        const auto user = linked_person(tx, token, now, false);
        if (!user) throw no_reset_link();
        email = user->email;
    });
    return email;
}

std::string complete_password_reset(persistence::Connection& db, const std::string& token, const std::string& password,
                                    domain::TimePoint now) {
    domain::refuse_if(domain::check_new_password(password, "/password"));
    // A link that opens nothing is refused before the slow hash is paid for.
    read_password_reset(db, token, now);
    const auto hash = hash_password(password);
    std::string email;
    db.transact([&](persistence::Tx& tx) {
        const auto user = linked_person(tx, token, now, true);
        if (!user) throw no_reset_link();
        persistence::set_password_hash(tx, user->id, hash);
        persistence::revoke_sessions_of_user(tx, user->id, now);
        persistence::clear_throttle(tx, domain::normalise_email(user->email));
        persistence::queue_account_email(tx, {"password_changed", user->email, user->display_name, {}, "/sign-in", {}},
                                         now);
        append_audit(tx, domain::Principal{user->id, user->organisation_id, user->role}, now,
                     {std::nullopt, "user.password_reset", "user", user->id, nullptr,
                      boost::json::object{{"sessions", "all revoked"}}});
        email = user->email;
    });
    return email;
}

}  // namespace collabtender::app
