#pragma once

// Providers' registrations (sql/045_provider_registration.sql), with the
// organisations each may duplicate.
#include <optional>
#include <string>
#include <vector>

#include "domain/ids.hpp"
#include "domain/registration.hpp"
#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::persistence {

struct PossibleDuplicate {
    domain::OrganisationId organisation_id;
    std::string name;
    std::vector<std::string> reasons;  // charity_number, company_number, care_inspectorate_number, similar_name
};

struct RegistrationRecord {
    domain::RegistrationId id;
    domain::NewRegistration registration;
    domain::RegistrationStatus status;
    domain::TimePoint submitted_at;
    std::optional<domain::TimePoint> confirmed_at;
    std::optional<domain::TimePoint> decided_at;
    std::optional<domain::UserId> decided_by;
    std::optional<std::string> decided_by_name;
    std::optional<std::string> refusal_reason;
    std::optional<domain::OrganisationId> organisation_id;
    std::vector<PossibleDuplicate> possible_duplicates;
};

domain::RegistrationId insert_registration(Tx& tx, const domain::NewRegistration& registration,
                                           const TokenDigest& confirmation, domain::TimePoint now,
                                           domain::TimePoint expires_at);
int registrations_sent_since(Tx& tx, const std::string& contact_email, domain::TimePoint since);
// The registration whose live link this is, now confirmed; none for a link that
// is unknown, used or expired.
std::optional<domain::RegistrationId> confirm_registration(Tx& tx, const TokenDigest& confirmation,
                                                           domain::TimePoint now);
std::optional<RegistrationRecord> find_registration(Tx& tx, const domain::RegistrationId& id);
// Locks the registration for a decision; false when there is none.
bool lock_registration(Tx& tx, const domain::RegistrationId& id);
std::vector<RegistrationRecord> registrations_in(Tx& tx, domain::RegistrationStatus status, int limit);
void approve_registration(Tx& tx, const domain::RegistrationId& id, const domain::UserId& by,
                          const domain::OrganisationId& organisation_id, domain::TimePoint now);
void refuse_registration(Tx& tx, const domain::RegistrationId& id, const domain::UserId& by, const std::string& reason,
                         domain::TimePoint now);

}  // namespace collabtender::persistence
