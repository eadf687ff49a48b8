#pragma once

#include <string>

#include "app/sections/section_saves.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

struct InsertAnswer {
    domain::BidId bid_id;
    std::string section;
    int expected_version = 0;  // the section's number of saves (If-Match)
    domain::AnswerId answer_id;
};

// Copies one of the caller's organisation's library answers into a response,
// after what is there, as a new version that records where it came from.
// Refuses as save_section does, and a section that is not a response or an
// answer not of the caller's organisation (invalid).
SavedSection insert_answer(persistence::Connection& db, const domain::Principal& writer, const InsertAnswer& command,
                           domain::TimePoint now);

}  // namespace collabtender::app
