#pragma once

#include <optional>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

// What a manager changes of a person's account: each field given is set.
struct ChangePerson {
    domain::UserId user_id;
    std::optional<bool> authorised_signatory;  // may sign off bids for their provider organisation
    std::optional<bool> organisation_admin;    // keeps their organisation's details and people
};

// A manager (an admin, or an administrator of the person's organisation) names
// or removes a provider's authorised signatory, or an administrator of the
// organisation; audited with the change. Refuses anyone the caller does not
// manage (not_found), an administrator changing whether they are one themselves
// (invalid, at /organisation_admin: an organisation would be left without one),
// the organisation_admin of a person by anyone but an admin or an administrator
// of their organisation (forbidden), and a signatory who is not provider staff
// (invalid, at /authorised_signatory). Returns the person as changed.
persistence::Account change_person(persistence::Connection& db, const domain::Principal& manager,
                                   const ChangePerson& command, domain::TimePoint now);

}  // namespace collabtender::app
