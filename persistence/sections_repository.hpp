#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

struct SectionRecord {
    std::string section;
    std::optional<domain::OrganisationId> owner_organisation_id;
    std::optional<domain::UserId> owner_user_id;
    std::optional<domain::UserId> approver_user_id;
    std::optional<std::string> due_date;  // YYYY-MM-DD
    std::string status = "not_started";
    std::optional<std::string> changes_reason;
    int versions = 0;
};

// The bid's sections that have a row, by key.
std::map<std::string, SectionRecord> list_sections(Tx& tx, const domain::BidId& bid_id);
// The named section from such a map, or an unassigned one not yet started.
SectionRecord section_or_new(const std::map<std::string, SectionRecord>& sections, const std::string& name);
void save_assignment(Tx& tx, const domain::BidId& bid_id, const SectionRecord& section);
void set_section_status(Tx& tx, const domain::BidId& bid_id, const std::string& section, const std::string& status,
                        const std::optional<std::string>& changes_reason);
// Many bids' sections ({bid_id, section}) take one status, in one statement.
struct BidSection {
    domain::BidId bid_id;
    std::string section;
};
void set_sections_status(Tx& tx, const std::vector<BidSection>& sections, const std::string& status);

struct SectionVersion {
    int version = 0;
    std::optional<std::string> content_json;
    std::string saved_by;
    std::string saved_by_name;
    domain::TimePoint saved_at;
    std::optional<int> restored_from;
};
// A section's new content, as JSON text (none: emptied).
struct SectionSave {
    std::string section;
    std::optional<std::string> content_json;
};
// Appends the next version of each section, all in one statement, and marks each
// in progress again (clearing a request for changes).
void save_section_versions(Tx& tx, const domain::BidId& bid_id, const std::vector<SectionSave>& saves,
                           const domain::UserId& user_id, domain::TimePoint now, std::optional<int> restored_from,
                           const std::optional<domain::AnswerId>& source_answer_id);
// Newest first.
std::vector<SectionVersion> section_versions(Tx& tx, const domain::BidId& bid_id, const std::string& section);

struct SubmittedVersion {
    int section_version = 0;
    int stage = 0;
    int submission_version = 0;
};
// Which version of the section went into each of the bid's submissions, oldest first.
std::vector<SubmittedVersion> submitted_versions(Tx& tx, const domain::BidId& bid_id, const std::string& section);

// Someone who may work on a consortium's bids: a provider user of an accepted member.
struct Person {
    domain::UserId user_id;
    domain::OrganisationId organisation_id;
    std::string display_name;
    bool authorised_signatory = false;
};
std::vector<Person> consortium_people(Tx& tx, const domain::ConsortiumId& consortium_id);

struct SignOff {
    domain::OrganisationId organisation_id;
    domain::UserId user_id;
    std::string user_name;
    std::string draft_sha256;
    domain::TimePoint signed_at;
};
void save_sign_off(Tx& tx, const domain::BidId& bid_id, const SignOff& sign_off);
std::vector<SignOff> sign_offs(Tx& tx, const domain::BidId& bid_id);
// Marks sign-offs of any other digest void, once; returns their organisations.
std::vector<domain::OrganisationId> void_sign_offs(Tx& tx, const domain::BidId& bid_id, const std::string& digest,
                                                   domain::TimePoint now);

struct CommentRecord {
    domain::CommentId id;
    std::string section;
    std::optional<domain::CommentId> parent_id;
    domain::UserId author_user_id;
    std::string author_name;
    std::string body;
    std::string mentions_json;  // ["user id", ...]
    domain::TimePoint created_at;
    std::optional<domain::TimePoint> resolved_at;
};
domain::CommentId insert_comment(Tx& tx, const domain::BidId& bid_id, const CommentRecord& comment);
// Oldest first; every section's when `section` is empty.
std::vector<CommentRecord> comments(Tx& tx, const domain::BidId& bid_id, const std::string& section);
std::optional<CommentRecord> find_comment(Tx& tx, const domain::BidId& bid_id, const domain::CommentId& id);
void set_comment_resolved(Tx& tx, const domain::CommentId& id, bool resolved, const domain::UserId& user_id,
                          domain::TimePoint now);

struct Presence {
    std::string section;
    domain::UserId user_id;
    std::string display_name;
    domain::OrganisationId organisation_id;
    std::string mode;  // viewing, editing
    domain::TimePoint seen_at;
};
void heartbeat(Tx& tx, const domain::BidId& bid_id, const std::string& section, const domain::UserId& user_id,
               const std::string& mode, domain::TimePoint now);
// Those seen since `since`.
std::vector<Presence> present(Tx& tx, const domain::BidId& bid_id, domain::TimePoint since);
// The person has left the section: others stop seeing them at once.
void leave(Tx& tx, const domain::BidId& bid_id, const std::string& section, const domain::UserId& user_id);

}  // namespace collabtender::persistence
