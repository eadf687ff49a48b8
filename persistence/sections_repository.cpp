#include "persistence/sections_repository.hpp"

#include <boost/json.hpp>

#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/sections.hpp"

namespace collabtender::persistence {

std::map<std::string, SectionRecord> list_sections(Tx& tx, const domain::BidId& bid_id) {
    std::map<std::string, SectionRecord> out;
    for (const auto& r : tx.exec_prepared(sql::section_list, bid_id)) {
        const RowFields f{r};
        SectionRecord s{f.text("section"),
                        optional_id<domain::OrganisationId>(f.optional_text("owner_organisation_id")),
                        optional_id<domain::UserId>(f.optional_text("owner_user_id")),
                        optional_id<domain::UserId>(f.optional_text("approver_user_id")),
                        f.optional_text("due_date"),
                        f.text("status"),
                        f.optional_text("changes_reason"),
                        f.integer("versions")};
        out.emplace(s.section, std::move(s));
    }
    return out;
}

SectionRecord section_or_new(const std::map<std::string, SectionRecord>& sections, const std::string& name) {
    if (const auto found = sections.find(name); found != sections.end()) return found->second;
    SectionRecord fresh;
    fresh.section = name;
    return fresh;
}

void save_assignment(Tx& tx, const domain::BidId& bid_id, const SectionRecord& s) {
    tx.exec_prepared0(sql::section_assign, bid_id, s.section, s.owner_organisation_id, s.owner_user_id,
                      s.approver_user_id, s.due_date);
}

void set_section_status(Tx& tx, const domain::BidId& bid_id, const std::string& section, const std::string& status,
                        const std::optional<std::string>& changes_reason) {
    tx.exec_prepared0(sql::section_set_status, bid_id, section, status, changes_reason);
}

void set_sections_status(Tx& tx, const std::vector<BidSection>& sections, const std::string& status) {
    if (sections.empty()) return;
    boost::json::array rows;
    for (const auto& [bid_id, section] : sections) rows.push_back({{"bid_id", bid_id}, {"section", section}});
    tx.exec_prepared0(sql::sections_set_status, status, boost::json::serialize(rows));
}

void save_section_versions(Tx& tx, const domain::BidId& bid_id, const std::vector<SectionSave>& saves,
                           const domain::UserId& user_id, domain::TimePoint now, std::optional<int> restored_from,
                           const std::optional<domain::AnswerId>& source_answer_id) {
    if (saves.empty()) return;
    boost::json::array changed;
    for (const auto& save : saves)
        changed.push_back(boost::json::object{
            {"section", save.section},
            {"content", save.content_json ? boost::json::value(*save.content_json) : boost::json::value(nullptr)}});
    tx.exec_prepared0(sql::section_versions_save, bid_id, boost::json::serialize(changed), user_id, micros(now),
                      restored_from, source_answer_id);
}

std::vector<SectionVersion> section_versions(Tx& tx, const domain::BidId& bid_id, const std::string& section) {
    std::vector<SectionVersion> out;
    for (const auto& r : tx.exec_prepared(sql::section_version_list, bid_id, section)) {
        const RowFields f{r};
        out.push_back({f.integer("version"), f.optional_text("content"), f.text("saved_by"), f.text("saved_by_name"),
                       f.time("saved_at"), f.optional_integer("restored_from")});
    }
    return out;
}

std::vector<domain::OrganisationId> void_sign_offs(Tx& tx, const domain::BidId& bid_id, const std::string& digest,
                                                   domain::TimePoint now) {
    std::vector<domain::OrganisationId> out;
    for (const auto& r : tx.exec_prepared(sql::sign_off_void, bid_id, digest, micros(now)))
        out.push_back(r[0].as<domain::OrganisationId>());
    return out;
}

std::vector<SubmittedVersion> submitted_versions(Tx& tx, const domain::BidId& bid_id, const std::string& section) {
    std::vector<SubmittedVersion> out;
    for (const auto& r : tx.exec_prepared(sql::submission_section_list, bid_id, section))
        out.push_back({r["section_version"].as<int>(), r["stage"].as<int>(), r["submission_version"].as<int>()});
    return out;
}

void save_sign_off(Tx& tx, const domain::BidId& bid_id, const SignOff& s) {
    tx.exec_prepared0(sql::sign_off_upsert, bid_id, s.organisation_id, s.user_id, s.draft_sha256, micros(s.signed_at));
}

std::vector<SignOff> sign_offs(Tx& tx, const domain::BidId& bid_id) {
    std::vector<SignOff> out;
    for (const auto& r : tx.exec_prepared(sql::sign_off_list, bid_id)) {
        const RowFields f{r};
        out.push_back({r["organisation_id"].as<domain::OrganisationId>(), r["user_id"].as<domain::UserId>(),
                       f.text("user_name"), f.text("draft_sha256"), f.time("signed_at")});
    }
    return out;
}

namespace {

// A comment_record (sql/040_statement_helpers.sql).
CommentRecord comment_from(const pqxx::row& r) {
    const RowFields f{r};
    return {domain::CommentId{f.text("id")},
            f.text("section"),
            optional_id<domain::CommentId>(f.optional_text("parent_id")),
            domain::UserId{f.text("author_user_id")},
            f.text("author_name"),
            f.text("body"),
            f.text("mentions"),
            f.time("created_at"),
            f.optional_time("resolved_at")};
}

}  // namespace

domain::CommentId insert_comment(Tx& tx, const domain::BidId& bid_id, const CommentRecord& c) {
    return tx
        .exec_prepared1(sql::comment_insert, bid_id, c.section, c.parent_id, c.author_user_id, c.body, c.mentions_json,
                        micros(c.created_at))[0]
        .as<domain::CommentId>();
}

std::vector<CommentRecord> comments(Tx& tx, const domain::BidId& bid_id, const std::string& section) {
    std::vector<CommentRecord> out;
    for (const auto& r : tx.exec_prepared(sql::comment_list, bid_id, section)) out.push_back(comment_from(r));
    return out;
}

std::optional<CommentRecord> find_comment(Tx& tx, const domain::BidId& bid_id, const domain::CommentId& id) {
    if (!is_uuid(id)) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::comment_by_id, bid_id, id);
    if (rows.empty()) return std::nullopt;
    return comment_from(rows[0]);
}

void set_comment_resolved(Tx& tx, const domain::CommentId& id, bool resolved, const domain::UserId& user_id,
                          domain::TimePoint now) {
    tx.exec_prepared0(sql::comment_resolve, id, resolved, user_id, micros(now));
}

std::vector<Person> consortium_people(Tx& tx, const domain::ConsortiumId& consortium_id) {
    std::vector<Person> out;
    for (const auto& r : tx.exec_prepared(sql::consortium_people, consortium_id))
        out.push_back({r["id"].as<domain::UserId>(), r["organisation_id"].as<domain::OrganisationId>(),
                       r["display_name"].as<std::string>(), r["authorised_signatory"].as<bool>()});
    return out;
}

void heartbeat(Tx& tx, const domain::BidId& bid_id, const std::string& section, const domain::UserId& user_id,
               const std::string& mode, domain::TimePoint now) {
    tx.exec_prepared0(sql::presence_upsert, bid_id, section, user_id, mode, micros(now));
}

void leave(Tx& tx, const domain::BidId& bid_id, const std::string& section, const domain::UserId& user_id) {
    tx.exec_prepared0(sql::presence_delete, bid_id, section, user_id);
}

std::vector<Presence> present(Tx& tx, const domain::BidId& bid_id, domain::TimePoint since) {
    std::vector<Presence> out;
    for (const auto& r : tx.exec_prepared(sql::presence_list, bid_id, micros(since))) {
        const RowFields f{r};
        out.push_back({f.text("section"), r["user_id"].as<domain::UserId>(), f.text("display_name"),
                       r["organisation_id"].as<domain::OrganisationId>(), f.text("mode"), f.time("seen_at")});
    }
    return out;
}

}  // namespace collabtender::persistence
