#include "app/accounts/email_change.hpp"

#include "app/accounts/account_links.hpp"
#include "app/accounts/credentials.hpp"
#include "app/audit.hpp"
#include "domain/account_management.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {
namespace {

using persistence::TokenPurpose;

constexpr std::chrono::hours email_change_lifetime{24};

domain::Refusal address_taken() {
    return {domain::RefusalCode::email_taken,
            "Someone already has an account with this email.",
            {{"/new_email", "already_registered", "belongs to another account"}}};
}

}  // namespace

std::optional<PasswordPaused> request_email_change(persistence::Connection& db, const domain::Principal& person,
                                                   const ChangeEmail& command, const domain::ThrottlePolicy& policy,
                                                   domain::TimePoint now) {
    const auto new_email = domain::normalise_email(command.new_email);
    if (new_email.size() < 3 || new_email.size() > 254 || !domain::plausible_email(new_email))
        throw domain::invalid_input({{"/new_email", "invalid_email", "must be an email address"}});
    db.transact([&](persistence::Tx& tx) {
        const auto owner = persistence::find_user_by_email(tx, new_email);
        if (owner && owner->id == person.user_id)
            throw domain::invalid_input({{"/new_email", "unchanged", "is the address you use already"}});
        if (owner) throw address_taken();
    });
    const auto checked = check_current_password(db, person, command.current_password, "/current_password", policy, now);
    if (const auto* paused = std::get_if<PasswordPaused>(&checked)) return *paused;
    const auto& user = std::get<persistence::UserRecord>(checked);
    db.transact([&](persistence::Tx& tx) {
        send_account_link(tx, user, TokenPurpose::email_change, person.user_id, now, now + email_change_lifetime,
                          {"email_change_confirm", {}, {}, {{"hours", "24"}}, "/confirm-email", {}}, new_email);
        append_audit(tx, person, now, {std::nullopt, "user.email_change_request", "user", user.id, nullptr, nullptr});
    });
    return std::nullopt;
}

std::string confirm_email_change(persistence::Connection& db, const std::string& token, domain::TimePoint now) {
    std::string new_email;
    db.transact([&](persistence::Tx& tx) {
        const auto link = persistence::use_account_token(tx, token_digest(token), TokenPurpose::email_change, now);
        const auto user = link ? persistence::find_user(tx, link->user_id) : std::nullopt;
        if (!user || user->status != domain::AccountStatus::active)
            throw domain::Refusal{domain::RefusalCode::link_invalid,
                                  "This link has expired or has already been used. Ask for the change again from "
                                  "your account page."};
        if (!persistence::set_email(tx, user->id, *link->new_email)) throw address_taken();
        // The old address hears of it: if it was not its owner's doing, they know at once.
        persistence::queue_account_email(
            tx, {"email_changed", user->email, user->display_name, {}, "/forgot-password", {}}, now);
        append_audit(tx, domain::Principal{user->id, user->organisation_id, user->role}, now,
                     {std::nullopt, "user.email_change", "user", user->id, nullptr, nullptr});
        new_email = *link->new_email;
    });
    return new_email;
}

}  // namespace collabtender::app
