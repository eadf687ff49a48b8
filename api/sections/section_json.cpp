#include "api/sections/section_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "domain/bid.hpp"
#include "domain/gates.hpp"
#include "domain/time_format.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

boost::json::object section_json(const app::BidContext& bid, const domain::SectionKey& key,
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
                            {"overdue", domain::section_overdue(s.due_date, s.status, today)}};
    const auto index = static_cast<std::size_t>(key.index);
    switch (key.kind) {
        case domain::SectionKey::Kind::response: {
            const auto content = app::section_content(draft, key);
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

boost::json::object section_json(const app::SectionContext& s, domain::TimePoint now) {
    return section_json(s.bid, s.key, s.record, domain::format_rfc3339(now).substr(0, 10));
}

boost::json::object section_json(const app::SavedSection& saved, domain::TimePoint now) {
    auto out = section_json(saved.section, now);
    out["content"] = saved.content;
    return out;
}

}  // namespace collabtender::api
