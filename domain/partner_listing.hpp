#pragma once

#include <string>
#include <vector>

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

}  // namespace collabtender::domain
