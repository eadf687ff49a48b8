#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/sections_repository.hpp"

namespace collabtender::app {

// Every save of a section, newest first, and which version went into each of the
// bid's submissions.
struct SectionHistory {
    std::vector<persistence::SectionVersion> versions;
    std::vector<persistence::SubmittedVersion> submitted;
};

// For the bid's members (not_found for anyone else, or a section not in the bid).
SectionHistory read_section_history(persistence::Connection& db, const domain::Principal& member,
                                    const domain::BidId& bid_id, const std::string& section);

}  // namespace collabtender::app
