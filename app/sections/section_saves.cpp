#include "app/sections/section_saves.hpp"

#include <boost/json.hpp>

#include "app/bids/sign_offs.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {

namespace {

const char* draft_part(const domain::SectionKey& key) {
    return key.kind == domain::SectionKey::Kind::response ? "responses" : "declarations";
}

}  // namespace

boost::json::value section_content(const boost::json::object& draft, const domain::SectionKey& key) {
    if (key.kind == domain::SectionKey::Kind::document) return nullptr;  // uploads, not draft text
    const auto* all = draft.if_contains(draft_part(key));
    if (!all || !all->is_object()) return nullptr;
    const auto* one = all->as_object().if_contains(std::to_string(key.index));
    return one ? *one : boost::json::value(nullptr);
}

void record_section_saves(persistence::Tx& tx, const BidContext& bid, const boost::json::object& draft,
                          const std::vector<domain::SectionKey>& changed, const domain::Principal& principal,
                          domain::TimePoint now, std::optional<int> restored_from,
                          const std::optional<domain::AnswerId>& source_answer_id) {
    std::vector<persistence::SectionSave> saves;
    for (const auto& key : changed) {
        const auto content = section_content(draft, key);
        std::optional<std::string> json;
        if (!content.is_null()) json = boost::json::serialize(content);
        saves.push_back({domain::to_string(key), std::move(json)});
    }
    persistence::save_section_versions(tx, bid.bid.id, saves, principal.user_id, now, restored_from, source_answer_id);
    auto changed_bid = bid;
    changed_bid.bid.draft_json = boost::json::serialize(draft);
    void_changed_sign_offs(tx, changed_bid, principal, now);
}

int save_section_content(persistence::Tx& tx, SectionContext& s, const boost::json::value& content,
                         const domain::Principal& principal, domain::TimePoint now, std::optional<int> restored_from,
                         const std::optional<domain::AnswerId>& source_answer_id) {
    auto draft = persistence::parse_stored_json(s.bid.bid.draft_json).as_object();
    auto& target = draft[draft_part(s.key)].as_object();
    const auto position = std::to_string(s.key.index);
    if (content.is_null()) target.erase(position);
    else target[position] = content;
    s.bid.bid.draft_json = boost::json::serialize(draft);
    s.bid.bid.draft_version =
        *persistence::update_draft(tx, s.bid.bid.id, s.bid.bid.draft_version, s.bid.bid.draft_json, now);
    record_section_saves(tx, s.bid, draft, {s.key}, principal, now, restored_from, source_answer_id);
    return s.bid.bid.draft_version;
}

void record_document_section_save(persistence::Tx& tx, const BidContext& bid, int requirement,
                                  const domain::Principal& principal, domain::TimePoint now) {
    boost::json::array files;
    for (const auto& d : persistence::list_documents(tx, bid.bid.id, std::nullopt))
        if (d.requirement == requirement && d.visibility == "consortium")
            files.push_back(boost::json::object{{"id", d.id}, {"filename", d.filename}, {"sha256", d.sha256}});
    persistence::save_section_versions(tx, bid.bid.id,
                                       {{domain::to_string({domain::SectionKey::Kind::document, requirement}),
                                         boost::json::serialize(files)}},
                                       principal.user_id, now, std::nullopt, std::nullopt);
}

SavedSection saved_section(persistence::Tx& tx, SectionContext s) {
    s.record = persistence::section_or_new(persistence::list_sections(tx, s.bid.bid.id), s.record.section);
    auto content = section_content(persistence::parse_stored_json(s.bid.bid.draft_json).as_object(), s.key);
    return {std::move(s), std::move(content)};
}

}  // namespace collabtender::app
