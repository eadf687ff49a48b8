#pragma once

// Saving a bid's sections: each save is the section's next version, which puts it
// back in progress and voids sign-offs of the draft as it was.
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "app/sections/section_access.hpp"
#include "domain/ids.hpp"

namespace collabtender::app {

// The content of a section in a draft: the response text, the declaration object, or null.
boost::json::value section_content(const boost::json::object& draft, const domain::SectionKey& key);

// After the draft changed (`draft` as it now is): a new version of each changed
// section, and sign-offs of the earlier draft void.
void record_section_saves(persistence::Tx& tx, const BidContext& bid, const boost::json::object& draft,
                          const std::vector<domain::SectionKey>& changed, const domain::Principal& principal,
                          domain::TimePoint now, std::optional<int> restored_from = std::nullopt,
                          const std::optional<domain::AnswerId>& source_answer_id = std::nullopt);

// Puts `content` into the draft at the section (null clears it), stores the draft
// and records the save as the section's next version. Returns the draft's version.
int save_section_content(persistence::Tx& tx, SectionContext& section, const boost::json::value& content,
                         const domain::Principal& principal, domain::TimePoint now,
                         std::optional<int> restored_from = std::nullopt,
                         const std::optional<domain::AnswerId>& source_answer_id = std::nullopt);

// After an upload to or removal from a required document's section: a new
// version listing its documents that every member may see.
void record_document_section_save(persistence::Tx& tx, const BidContext& bid, int requirement,
                                  const domain::Principal& principal, domain::TimePoint now);

// A section as its writers see it after a save: read again (its versions are its
// ETag), with its content.
struct SavedSection {
    SectionContext section;
    boost::json::value content;
};
SavedSection saved_section(persistence::Tx& tx, SectionContext section);

}  // namespace collabtender::app
