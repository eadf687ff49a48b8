#include "app/organisations/registrations.hpp"

#include <boost/json.hpp>

#include "app/accounts/credentials.hpp"
#include "app/accounts/invitations.hpp"
#include "app/audit.hpp"
#include "domain/account_management.hpp"
#include "domain/refusal.hpp"
#include "domain/text.hpp"
#include "persistence/notifications_repository.hpp"

namespace collabtender::app {
namespace {

domain::Refusal no_registration_link() {
    return {domain::RefusalCode::link_invalid,
            "This link has expired or has already been used. If your registration is not confirmed yet, "
            "register again."};
}

domain::Refusal no_such_registration() { return {domain::RefusalCode::not_found, "No such registration."}; }

// The registration as it is now, locked for the admin's decision, which it must be waiting for.
persistence::RegistrationRecord waiting_registration(persistence::Tx& tx, const domain::RegistrationId& id) {
    if (!persistence::lock_registration(tx, id)) throw no_such_registration();
    auto registration = *persistence::find_registration(tx, id);
    domain::require_waiting(registration.status);
    return registration;
}

// The registration with its register numbers as their registers print them and
// its text trimmed, as it is kept.
domain::NewRegistration normalised(domain::NewRegistration registration) {
    registration.organisation = domain::with_register_numbers(std::move(registration.organisation));
    registration.organisation.name = std::string{domain::trim(registration.organisation.name)};
    registration.contact_name = std::string{domain::trim(registration.contact_name)};
    registration.contact_email = std::string{domain::trim(registration.contact_email)};
    return registration;
}

}  // namespace

void register_provider(persistence::Connection& db, const domain::NewRegistration& registration,
                       domain::TimePoint now) {
    domain::refuse_if(domain::validate(registration));
    const auto kept = normalised(registration);
    db.transact([&](persistence::Tx& tx) {
        if (persistence::registrations_sent_since(tx, kept.contact_email, now - std::chrono::hours{1}) >=
            domain::registration_links_per_hour)
            return;  // answered the same: asking again sends nothing
        const auto token = new_token();
        const auto id = persistence::insert_registration(tx, kept, token_digest(token), now,
                                                         now + domain::registration_confirmation_lifetime);
        const auto days =
            std::chrono::duration_cast<std::chrono::hours>(domain::registration_confirmation_lifetime).count() / 24;
        persistence::queue_account_email(
            tx,
            {"registration_confirm",
             kept.contact_email,
             kept.contact_name,
             {{"name", kept.contact_name}, {"organisation", kept.organisation.name}, {"days", std::to_string(days)}},
             "/register/confirm",
             token},
            now);
        append_audit(tx, std::nullopt, now,
                     {std::nullopt, "registration.submit", "registration", id, nullptr,
                      boost::json::object{{"status", "unconfirmed"}}});
    });
}

persistence::RegistrationRecord confirm_registration(persistence::Connection& db, const std::string& token,
                                                     domain::TimePoint now) {
    std::optional<persistence::RegistrationRecord> out;
    db.transact([&](persistence::Tx& tx) {
        const auto id = persistence::confirm_registration(tx, token_digest(token), now);
        if (!id) throw no_registration_link();
        append_audit(tx, std::nullopt, now,
                     {std::nullopt, "registration.confirm", "registration", *id,
                      boost::json::object{{"status", "unconfirmed"}}, boost::json::object{{"status", "waiting"}}});
        out = persistence::find_registration(tx, *id);
    });
    return *out;
}

std::vector<persistence::RegistrationRecord> find_registrations(persistence::Connection& db,
                                                                domain::RegistrationStatus status) {
    std::vector<persistence::RegistrationRecord> out;
    db.transact([&](persistence::Tx& tx) { out = persistence::registrations_in(tx, status, 200); });
    return out;
}

persistence::RegistrationRecord read_registration(persistence::Connection& db, const domain::RegistrationId& id) {
    std::optional<persistence::RegistrationRecord> out;
    db.transact([&](persistence::Tx& tx) { out = persistence::find_registration(tx, id); });
    if (!out) throw no_such_registration();
    return *out;
}

persistence::RegistrationRecord approve_registration(persistence::Connection& db, const domain::Principal& admin,
                                                     const domain::RegistrationId& id, domain::TimePoint now) {
    std::optional<persistence::RegistrationRecord> out;
    db.transact([&](persistence::Tx& tx) {
        const auto registration = waiting_registration(tx, id);
        auto organisation = registration.registration.organisation;
        organisation.kind = std::string{domain::to_string(domain::OrganisationKind::provider)};
        const auto organisation_id = persistence::insert_organisation(tx, organisation);
        append_audit(tx, admin, now,
                     {std::nullopt, "organisation.create", "organisation", organisation_id, nullptr,
                      boost::json::object{{"kind", organisation.kind}, {"registration_id", id}}});
        invite_in(
            tx, admin,
            {domain::normalise_email(registration.registration.contact_email), registration.registration.contact_name,
             std::string{domain::to_string(domain::Role::provider)}, organisation_id, false, true},
            now);
        persistence::approve_registration(tx, id, admin.user_id, organisation_id, now);
        append_audit(
            tx, admin, now,
            {std::nullopt, "registration.approve", "registration", id, boost::json::object{{"status", "waiting"}},
             boost::json::object{{"status", "approved"}, {"organisation_id", organisation_id}}});
        out = persistence::find_registration(tx, id);
    });
    return *out;
}

persistence::RegistrationRecord refuse_registration(persistence::Connection& db, const domain::Principal& admin,
                                                    const domain::RegistrationId& id, const std::string& reason,
                                                    domain::TimePoint now) {
    domain::refuse_if(domain::check_reason(reason));
    const auto why = std::string{domain::trim(reason)};
    std::optional<persistence::RegistrationRecord> out;
    db.transact([&](persistence::Tx& tx) {
        const auto registration = waiting_registration(tx, id);
        persistence::refuse_registration(tx, id, admin.user_id, why, now);
        persistence::queue_account_email(tx,
                                         {"registration_refused",
                                          registration.registration.contact_email,
                                          registration.registration.contact_name,
                                          {{"name", registration.registration.contact_name},
                                           {"organisation", registration.registration.organisation.name},
                                           {"reason", why}},
                                          "/register",
                                          std::nullopt},
                                         now);
        append_audit(tx, admin, now,
                     {std::nullopt, "registration.refuse", "registration", id,
                      boost::json::object{{"status", "waiting"}}, boost::json::object{{"status", "refused"}}});
        out = persistence::find_registration(tx, id);
    });
    return *out;
}

}  // namespace collabtender::app
