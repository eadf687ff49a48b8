#pragma once

#include <string>

#include <boost/json/object.hpp>

#include "api/bids/bid_context.hpp"
#include "domain/bid_section.hpp"
#include "persistence/sections_repository.hpp"

namespace collabtender::api {

// A bid's section as a member reaches it (404 for anyone else, as for the bid).
struct SectionContext {
    BidContext bid;
    domain::SectionKey key;
    persistence::SectionRecord record;  // defaults when the section has no row yet
    bool lead = false;                  // the caller belongs to the lead organisation
};
SectionContext member_section(persistence::Tx& tx, const std::string& bid_id, const std::string& section,
                              const domain::Principal& principal, bool lock = false);

// The section exists in the bid's lot: a criterion or gate at that position.
bool section_exists(const BidContext& bid, const domain::SectionKey& key);

// Only the section's owner and the lead edit it; an unassigned section, any member.
bool may_edit(const persistence::SectionRecord& section, const domain::Principal& principal, bool lead);
domain::SectionActor section_actor(const persistence::SectionRecord& section, const domain::Principal& principal,
                                   bool lead);

// Sections written as text or a declaration, not made of uploads: 409 otherwise.
void require_written_section(const SectionContext& section);

// Before a section's content changes: a stage open for bids (409), and the
// caller its owner or the lead (403 not-section-owner).
void require_section_editable(const SectionContext& section, const Context& context);

// A provider user of an accepted member organisation (of `organisation`, when given).
bool member_user(persistence::Tx& tx, const BidContext& bid, const std::string& user_id,
                 const std::optional<std::string>& organisation = std::nullopt);

// The content of a section in a draft: the response text, the declaration object, or null.
boost::json::value section_content(const boost::json::object& draft, const domain::SectionKey& key);

// After the draft changed: a new version of each changed section, which is in
// progress again whatever its status was.
void record_section_saves(persistence::Tx& tx, const BidContext& bid, const boost::json::object& draft,
                          const std::vector<domain::SectionKey>& changed, const Context& context,
                          std::optional<int> restored_from = std::nullopt,
                          const std::optional<std::string>& source_answer_id = std::nullopt);

// Puts `content` into the draft at the section (null clears it), stores the draft
// and records the save as the section's next version. Returns the draft's version.
int save_section_content(persistence::Tx& tx, SectionContext& section, const boost::json::value& content,
                         const Context& context, std::optional<int> restored_from = std::nullopt,
                         const std::optional<std::string>& source_answer_id = std::nullopt);

// The section as its writers see it after a save, with its content; `version`
// gets its number of saves (its ETag).
boost::json::object saved_section_json(persistence::Tx& tx, SectionContext& section, const Context& context,
                                       int& version);

// After an upload to or removal from a required document's section: a new
// version listing its documents that every member may see.
void record_document_section_save(persistence::Tx& tx, const BidContext& bid, int requirement, const Context& context);

boost::json::object section_json(const BidContext& bid, const domain::SectionKey& key,
                                 const persistence::SectionRecord& section, const std::string& today);

}  // namespace collabtender::api
