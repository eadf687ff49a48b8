#pragma once

// Providers register themselves (domain/registration): the contact confirms their
// address, an admin approves (the organisation is made and the contact invited as
// its first administrator) or refuses with a reason.
#include <string>
#include <vector>

#include "domain/registration.hpp"
#include "domain/time_point.hpp"
#include "persistence/registrations_repository.hpp"

namespace collabtender::app {

// Anyone: the registration is kept and its contact emailed a single-use link (its
// token stored only as a hash) to confirm their address, audited without an
// actor. Refuses what domain::validate(NewRegistration) finds (invalid); the
// same answer otherwise, also when the address was sent its three links this
// hour and nothing is sent.
void register_provider(persistence::Connection& db, const domain::NewRegistration& registration, domain::TimePoint now);

// The contact opened their link: the registration now waits for an admin.
// Refuses a link that is unknown, used or expired (link_invalid).
persistence::RegistrationRecord confirm_registration(persistence::Connection& db, const std::string& token,
                                                     domain::TimePoint now);

// For an admin: the registrations in a status, oldest first (at most 200), and one.
std::vector<persistence::RegistrationRecord> find_registrations(persistence::Connection& db,
                                                                domain::RegistrationStatus status);
persistence::RegistrationRecord read_registration(persistence::Connection& db, const domain::RegistrationId& id);

// The organisation is made from the registration and its contact invited as its
// first person and administrator, audited. Refuses a registration that is not
// there (not_found) or not waiting (registration_decided), and a contact whose
// address has an account already (email_taken): nothing is made then.
persistence::RegistrationRecord approve_registration(persistence::Connection& db, const domain::Principal& admin,
                                                     const domain::RegistrationId& id, domain::TimePoint now);

// Refused with a reason (invalid at /reason otherwise), which the contact is
// emailed; audited. The same refusals as approve_registration.
persistence::RegistrationRecord refuse_registration(persistence::Connection& db, const domain::Principal& admin,
                                                    const domain::RegistrationId& id, const std::string& reason,
                                                    domain::TimePoint now);

}  // namespace collabtender::app
