#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/tender.hpp"
#include "domain/violation.hpp"

namespace collabtender::domain {

// A provider's entry on a lot's partner register: "seeking partners".
struct PartnerListing {
    std::string offers;                   // what it brings
    std::vector<std::string> localities;
    std::vector<std::string> roles;       // lead, partner and/or subcontractor
    std::string contact_name;
    std::string contact_email;
};

Violations validate(const PartnerListing& listing);

// Providers read a lot's register, and so does the owning body; no one else
// (forbidden).
void require_may_read_register(const Principal& principal, const OrganisationId& tender_organisation_id);
// Entries are made while the tender takes participation (register_closed).
void require_register_open(TenderStatus status);

}  // namespace collabtender::domain
