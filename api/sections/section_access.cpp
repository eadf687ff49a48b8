#include "api/sections/section_access.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "api/problem.hpp"
#include "domain/time_format.hpp"
#include "domain/bid.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

bool section_exists(const BidContext& bid, const domain::SectionKey& key) {
    std::size_t count = 0;
    switch (key.kind) {
        case domain::SectionKey::Kind::response: count = bid.criteria.size(); break;
        case domain::SectionKey::Kind::declaration: count = bid.gates.size(); break;
        case domain::SectionKey::Kind::document: count = bid.required_documents.size(); break;
    }
    return static_cast<std::size_t>(key.index) < count;
}

SectionContext member_section(persistence::Tx& tx, const std::string& bid_id, const std::string& section,
                              const domain::Principal& principal, bool lock) {
    auto bid = member_bid(tx, bid_id, principal, lock ? persistence::BidLock::bid : persistence::BidLock::none);
    const auto key = domain::parse_section_key(section);
    if (!key || !section_exists(bid, *key)) throw problems::not_found("The bid has no such section.");
    auto record = persistence::section_or_new(persistence::list_sections(tx, bid.bid.id), section);
    const bool lead = bid.consortium.lead_organisation_id == principal.organisation_id;
    return {std::move(bid), *key, std::move(record), lead};
}

void require_written_section(const SectionContext& s) {
    if (s.key.kind == domain::SectionKey::Kind::document)
        throw Problem{409, "uploaded-section", "This section is made of documents",
                      "Upload or remove documents for " + s.record.section + " to change it."};
}

void require_section_editable(const SectionContext& s, const Context& context) {
    require_open_stage(s.bid, context.now);
    if (!may_edit(s.record, *context.principal, s.lead))
        throw Problem{403, "not-section-owner", "Not your section",
                      "Only the owner of " + s.record.section + " and the lead edit it."};
}

bool member_user(persistence::Tx& tx, const BidContext& bid, const std::string& user_id,
                 const std::optional<std::string>& organisation) {
    const auto user = persistence::find_user(tx, user_id);
    if (!user || user->role != domain::Role::provider) return false;
    if (organisation && user->organisation_id != *organisation) return false;
    const auto* member = bid.consortium.member(user->organisation_id);
    return member && member->member.status == domain::MemberStatus::accepted;
}

bool may_edit(const persistence::SectionRecord& s, const domain::Principal& principal, bool lead) {
    if (lead || !s.owner_organisation_id) return true;
    if (s.owner_user_id) return *s.owner_user_id == principal.user_id;
    return *s.owner_organisation_id == principal.organisation_id;
}

domain::SectionActor section_actor(const persistence::SectionRecord& s, const domain::Principal& principal, bool lead) {
    const bool owner = s.owner_organisation_id && (s.owner_user_id ? *s.owner_user_id == principal.user_id
                                                                    : *s.owner_organisation_id == principal.organisation_id);
    return {owner, lead, s.approver_user_id && *s.approver_user_id == principal.user_id, s.approver_user_id.has_value()};
}

boost::json::value section_content(const boost::json::object& draft, const domain::SectionKey& key) {
    if (key.kind == domain::SectionKey::Kind::document) return nullptr;  // uploads, not draft text
    const auto* all = draft.if_contains(key.kind == domain::SectionKey::Kind::response ? "responses" : "declarations");
    if (!all || !all->is_object()) return nullptr;
    const auto* one = all->as_object().if_contains(std::to_string(key.index));
    return one ? *one : boost::json::value(nullptr);
}


int save_section_content(persistence::Tx& tx, SectionContext& s, const boost::json::value& content,
                         const Context& context, std::optional<int> restored_from,
                         const std::optional<std::string>& source_answer_id) {
    auto draft = persistence::parse_stored_json(s.bid.bid.draft_json).as_object();
    auto& target = draft[s.key.kind == domain::SectionKey::Kind::response ? "responses" : "declarations"].as_object();
    const auto position = std::to_string(s.key.index);
    if (content.is_null()) target.erase(position);
    else target[position] = content;
    s.bid.bid.draft_json = boost::json::serialize(draft);
    s.bid.bid.draft_version =
        *persistence::update_draft(tx, s.bid.bid.id, s.bid.bid.draft_version, s.bid.bid.draft_json, context.now);
    record_section_saves(tx, s.bid, draft, {s.key}, context, restored_from, source_answer_id);
    return s.bid.bid.draft_version;
}

boost::json::object saved_section_json(persistence::Tx& tx, SectionContext& s, const Context& context, int& version) {
    s.record = persistence::section_or_new(persistence::list_sections(tx, s.bid.bid.id), s.record.section);
    version = s.record.versions;
    auto out = section_json(s.bid, s.key, s.record, domain::format_rfc3339(context.now).substr(0, 10));
    out["content"] = section_content(persistence::parse_stored_json(s.bid.bid.draft_json).as_object(), s.key);
    return out;
}

void record_document_section_save(persistence::Tx& tx, const BidContext& bid, int requirement, const Context& context) {
    boost::json::array files;
    for (const auto& d : persistence::list_documents(tx, bid.bid.id, std::nullopt))
        if (d.requirement == requirement && d.visibility == "consortium")
            files.push_back(boost::json::object{{"id", d.id}, {"filename", d.filename}, {"sha256", d.sha256}});
    persistence::save_section_versions(tx, bid.bid.id,
                                       {{domain::to_string({domain::SectionKey::Kind::document, requirement}),
                                         boost::json::serialize(files)}},
                                       context.principal->user_id, context.now, std::nullopt, std::nullopt);
}

void record_section_saves(persistence::Tx& tx, const BidContext& bid, const boost::json::object& draft,
                          const std::vector<domain::SectionKey>& changed, const Context& context,
                          std::optional<int> restored_from, const std::optional<std::string>& source_answer_id) {
    std::vector<persistence::SectionSave> saves;
    for (const auto& key : changed) {
        const auto content = section_content(draft, key);
        std::optional<std::string> json;
        if (!content.is_null()) json = boost::json::serialize(content);
        saves.push_back({domain::to_string(key), std::move(json)});
    }
    persistence::save_section_versions(tx, bid.bid.id, saves, context.principal->user_id, context.now, restored_from,
                                       source_answer_id);
    auto changed_bid = bid;
    changed_bid.bid.draft_json = boost::json::serialize(draft);
    void_changed_sign_offs(tx, changed_bid, context);
}

boost::json::object section_json(const BidContext& bid, const domain::SectionKey& key,
                                 const persistence::SectionRecord& s, const std::string& today) {
    const auto draft = persistence::parse_stored_json(bid.bid.draft_json).as_object();
    boost::json::object out{{"section", domain::to_string(key)},
                            {"kind", domain::to_string(key.kind)},
                            {"index", key.index},
                            {"owner_organisation_id", nullable(s.owner_organisation_id)},
                            {"owner_user_id", nullable(s.owner_user_id)},
                            {"approver_user_id", nullable(s.approver_user_id)},
                            {"due_date", nullable(s.due_date)},
                            {"status", s.status},
                            {"changes_reason", nullable(s.changes_reason)},
                            {"versions", s.versions},
                            {"overdue", s.due_date && *s.due_date < today && s.status != "approved"}};
    const auto index = static_cast<std::size_t>(key.index);
    switch (key.kind) {
        case domain::SectionKey::Kind::response: {
            const auto content = section_content(draft, key);
            out["title"] = bid.criteria[index].title;
            out["words"] = content.is_string() ? domain::word_count(content.as_string()) : 0;
            out["word_limit"] = bid.criteria[index].word_limit;
            break;
        }
        case domain::SectionKey::Kind::declaration: out["title"] = domain::gate_kind(bid.gates[index].parameters); break;
        case domain::SectionKey::Kind::document:
            out["title"] = bid.required_documents[index].title;
            out["guidance"] = bid.required_documents[index].guidance;
            break;
    }
    return out;
}

}  // namespace collabtender::api
