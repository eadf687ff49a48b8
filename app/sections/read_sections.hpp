#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/sections/section_saves.hpp"
#include "domain/time_point.hpp"
#include "domain/violation.hpp"

namespace collabtender::app {

// One section with its content and, in stage 2 for a response, the panel's
// stage-1 advice on it, read together so they agree; for the bid's members
// (member_section's refusals).
struct ReadSection {
    SavedSection saved;
    std::optional<std::string> stage1_advice;
};
ReadSection read_section(persistence::Connection& db, const domain::Principal& member, const domain::BidId& bid_id,
                         const std::string& section);

// Every section of a bid, in order (responses, declarations, required documents),
// each with its stage-1 advice once released, and what still stands between the
// bid and submission (missing sign-offs too while a stage is open, exactly as a
// submission would be refused); for the bid's members (member_bid's refusals).
struct BidSections {
    BidContext bid;
    struct Item {
        domain::SectionKey key;
        persistence::SectionRecord record;
        std::optional<std::string> stage1_advice;
    };
    std::vector<Item> items;
    domain::Violations blocking;
};
BidSections read_sections(persistence::Connection& db, const domain::Principal& member, const domain::BidId& bid_id,
                          domain::TimePoint now);

}  // namespace collabtender::app
