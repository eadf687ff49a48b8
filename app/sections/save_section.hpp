#pragma once

#include <optional>
#include <string>

#include <boost/json/value.hpp>

#include "app/sections/section_saves.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

struct SaveSection {
    domain::BidId bid_id;
    std::string section;
    int expected_version = 0;                   // the section's number of saves (If-Match)
    std::optional<boost::json::value> content;  // absent: not sent
};

// A member writes one section of the draft: the response text, the declaration
// object, or null. The section's own version guards it, so partners writing
// different sections at once never trip over each other. Refuses a section the
// caller may not reach (not_found), a document's section (uploaded_section),
// content of the wrong kind (invalid), an older version (stale), a closed stage
// (submissions_closed, excluded) and anyone but its owner or the lead
// (not_section_owner).
SavedSection save_section(persistence::Connection& db, const domain::Principal& writer, const SaveSection& command,
                          domain::TimePoint now);

}  // namespace collabtender::app
