#pragma once

// An organisation's details kept by its own administrators, and an organisation
// closed (or merged into another) by an admin: what it did stays in the record.
#include <optional>
#include <string>

#include <boost/json/object.hpp>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

struct ChangeOrganisation {
    domain::OrganisationId organisation_id;
    // The fields sent: name, legal_form, charity_number, company_number,
    // care_inspectorate_number, postal_address; null clears an optional one.
    boost::json::object fields;
};

// The details as changed, checked as a new organisation's are (domain::validate),
// register numbers as their registers print them; audited with each field's
// value before and after. Refuses an organisation the caller does not see
// (not_found) or keep (forbidden), a closed one (organisation_closed) and what
// the fields get wrong (invalid).
persistence::OrganisationRecord change_organisation(persistence::Connection& db, const domain::Principal& principal,
                                                    const ChangeOrganisation& command, domain::TimePoint now);

struct CloseOrganisation {
    domain::OrganisationId organisation_id;
    std::string reason;
    std::optional<domain::OrganisationId> merged_into;  // the organisation that carries on its work
};

// An admin closes an organisation: everyone of it is deactivated ("organisation
// closed") and their links die; it is no longer found nor invited; audited. Refuses
// an organisation that is not there (not_found) or closed already
// (organisation_closed), one with active installation admins (invalid, at
// /organisation_id), and a merger into itself or into an organisation that is
// not there or closed (invalid, at /merged_into).
persistence::OrganisationRecord close_organisation(persistence::Connection& db, const domain::Principal& admin,
                                                   const CloseOrganisation& command, domain::TimePoint now);

}  // namespace collabtender::app
