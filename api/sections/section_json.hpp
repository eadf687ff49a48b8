#pragma once

#include <string>

#include <boost/json/object.hpp>

#include "app/sections/section_saves.hpp"

namespace collabtender::api {

// A section as its writers list it: owner, approver, due date (overdue against
// `today`, YYYY-MM-DD), status, the title of what it answers and, for a
// response, its words against the limit.
boost::json::object section_json(const app::BidContext& bid, const domain::SectionKey& key,
                                 const persistence::SectionRecord& section, const std::string& today);
boost::json::object section_json(const app::SectionContext& section, domain::TimePoint now);
// The same with its content, after a save or to read one section.
boost::json::object section_json(const app::SavedSection& saved, domain::TimePoint now);

}  // namespace collabtender::api
