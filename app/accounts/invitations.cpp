#include "app/accounts/invitations.hpp"

#include <boost/json.hpp>

#include "app/accounts/account_links.hpp"
#include "app/accounts/accounts.hpp"
#include "app/accounts/credentials.hpp"
#include "app/audit.hpp"
#include "app/settings/installation_settings.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {
namespace {

using persistence::TokenPurpose;

domain::Refusal no_invitation_link() {
    return {domain::RefusalCode::link_invalid,
            "This link has expired or has already been used. Ask whoever invited you to send a new invitation."};
}

// The invitation email, naming who invites the person to which organisation.
void send_invitation(persistence::Tx& tx, const domain::Principal& inviter, const persistence::Account& person,
                     domain::TimePoint now) {
    const auto from = persistence::find_organisation(tx, inviter.organisation_id);
    const auto days = current_settings(tx).invitation_lifetime_days;  // an installation setting
    send_account_link(tx, person.user, TokenPurpose::invitation, inviter.user_id, now, now + std::chrono::days{days},
                      {"account_invitation",
                       {},
                       {},
                       {{"name", person.user.display_name},
                        {"inviter", from ? from->name : "An administrator"},
                        {"role", std::string{domain::role_in_words(person.user.role)}},
                        {"organisation", person.organisation_name},
                        {"days", std::to_string(days)}},
                       "/welcome",
                       {}});
}

persistence::Account waiting_invitation(persistence::Tx& tx, const domain::Principal& manager,
                                        const domain::UserId& user_id) {
    auto person = managed_account(tx, manager, user_id);
    if (person.user.status != domain::AccountStatus::invited)
        throw domain::Refusal{domain::RefusalCode::not_invited,
                              person.user.status == domain::AccountStatus::active
                                  ? "This person has accepted their invitation already."
                                  : "This person's account is deactivated: reactivate it first."};
    return person;
}

}  // namespace

persistence::Account invite_person(persistence::Connection& db, const domain::Principal& inviter,
                                   const domain::Invitation& invitation, domain::TimePoint now) {
    domain::refuse_if(domain::validate(invitation));
    std::optional<persistence::Account> out;
    db.transact([&](persistence::Tx& tx) { out = invite_in(tx, inviter, invitation, now); });
    return *out;
}

persistence::Account invite_in(persistence::Tx& tx, const domain::Principal& inviter,
                               const domain::Invitation& invitation, domain::TimePoint now) {
    const auto role = *domain::parse_role(invitation.role);
    const auto organisation = persistence::find_organisation(tx, invitation.organisation_id);
    if (!organisation || organisation->closed)
        throw domain::invalid_input({{"/organisation_id", "not_found", "does not name an open organisation"}});
    domain::require_may_invite(inviter, role, organisation->id, organisation->kind);
    if (invitation.organisation_admin) domain::require_may_grant_organisation_admin(inviter, organisation->id);
    const auto id = persistence::insert_invited_user(tx, invitation, inviter.user_id);
    if (!id)
        throw domain::Refusal{domain::RefusalCode::email_taken,
                              "Someone already has an account with this email.",
                              {{"/email", "already_registered", "belongs to another account"}}};
    auto person = account_now(tx, *id);
    send_invitation(tx, inviter, person, now);
    append_audit(tx, inviter, now,
                 {std::nullopt, "user.invite", "user", *id, nullptr,
                  boost::json::object{{"organisation_id", invitation.organisation_id},
                                      {"role", invitation.role},
                                      {"authorised_signatory", invitation.authorised_signatory},
                                      {"organisation_admin", invitation.organisation_admin}}});
    return person;
}

persistence::Account resend_invitation(persistence::Connection& db, const domain::Principal& manager,
                                       const domain::UserId& user_id, domain::TimePoint now) {
    std::optional<persistence::Account> out;
    db.transact([&](persistence::Tx& tx) {
        const auto person = waiting_invitation(tx, manager, user_id);
        send_invitation(tx, manager, person, now);
        append_audit(tx, manager, now, {std::nullopt, "user.invitation_resend", "user", user_id, nullptr, nullptr});
        out = account_now(tx, user_id);
    });
    return *out;
}

persistence::Account withdraw_invitation(persistence::Connection& db, const domain::Principal& manager,
                                         const domain::UserId& user_id, domain::TimePoint now) {
    std::optional<persistence::Account> out;
    db.transact([&](persistence::Tx& tx) {
        waiting_invitation(tx, manager, user_id);
        persistence::revoke_account_tokens(tx, user_id, TokenPurpose::invitation, now);
        persistence::deactivate_user(tx, user_id, manager.user_id, "Invitation withdrawn", now);
        append_audit(tx, manager, now,
                     {std::nullopt, "user.invitation_withdraw", "user", user_id,
                      boost::json::object{{"status", "invited"}}, boost::json::object{{"status", "deactivated"}}});
        out = account_now(tx, user_id);
    });
    return *out;
}

persistence::Account read_invitation(persistence::Connection& db, const std::string& token, domain::TimePoint now) {
    std::optional<persistence::Account> out;
    db.transact([&](persistence::Tx& tx) {
        const auto link = persistence::peek_account_token(tx, token_digest(token), TokenPurpose::invitation, now);
        if (!link) throw no_invitation_link();
        out = account_now(tx, link->user_id);
        if (out->user.status != domain::AccountStatus::invited) throw no_invitation_link();
    });
    return *out;
}

persistence::Account accept_invitation(persistence::Connection& db, const std::string& token,
                                       const std::string& password, domain::TimePoint now) {
    domain::refuse_if(domain::check_new_password(password, "/password"));
    // A link that opens nothing is refused before the slow hash is paid for.
    read_invitation(db, token, now);
    const auto hash = hash_password(password);
    std::optional<persistence::Account> out;
    db.transact([&](persistence::Tx& tx) {
        const auto link = persistence::use_account_token(tx, token_digest(token), TokenPurpose::invitation, now);
        if (!link) throw no_invitation_link();
        const auto user_id = link->user_id;
        auto person = account_now(tx, user_id);
        if (person.user.status != domain::AccountStatus::invited) throw no_invitation_link();
        persistence::set_password_hash(tx, user_id, hash);
        const domain::Principal actor{person.user.id, person.user.organisation_id, person.user.role};
        append_audit(tx, actor, now,
                     {std::nullopt, "user.invitation_accept", "user", user_id,
                      boost::json::object{{"status", "invited"}}, boost::json::object{{"status", "active"}}});
        out = account_now(tx, user_id);
    });
    return *out;
}

}  // namespace collabtender::app
