#include "app/bids/change_draft.hpp"

#include <algorithm>
#include <vector>

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/json_fields.hpp"
#include "app/sections/section_access.hpp"
#include "app/sections/section_saves.hpp"
#include "domain/bid.hpp"
#include "domain/bid_section.hpp"
#include "domain/refusal.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {

namespace {

// Merges `changes` into the draft's `name` part (positions below `count`),
// noting each changed section and whatever is wrong.
void merge(boost::json::object& draft, const std::optional<boost::json::object>& changes, const char* name,
           std::size_t count, domain::SectionKey::Kind kind, std::vector<domain::SectionKey>& changed,
           domain::Violations& violations) {
    if (!changes) return;
    const bool text = kind == domain::SectionKey::Kind::response;
    auto& target = draft[name].as_object();
    for (const auto& [key, value] : *changes) {
        const auto at = std::string{"/"} + name + "/" + std::string{key};
        const auto index = domain::parse_position(key, count);
        if (!index) {
            violations.push_back({at, "unknown_position", "does not name one of the lot's positions"});
            continue;
        }
        changed.push_back({kind, *index});
        if (value.is_null())
            target.erase(key);
        else if (text ? !value.is_string() : !value.is_object())
            violations.push_back({at, "wrong_type", text ? "must be a string" : "must be an object"});
        else
            target[key] = value;
    }
}

}  // namespace

BidWithReceipts change_draft(persistence::Connection& db, const domain::Principal& member, const ChangeDraft& command,
                             domain::TimePoint now) {
    BidWithReceipts out;
    db.transact([&](persistence::Tx& tx) {
        auto c = member_bid(tx, command.bid_id, member, persistence::BidLock::bid);
        domain::require_current(c.bid.draft_version, command.expected_version);
        require_open_stage(c, now);
        auto draft = persistence::parse_stored_json(c.bid.draft_json).as_object();
        domain::Violations violations;
        std::vector<domain::SectionKey> changed;
        merge(draft, command.responses, "responses", c.criteria.size(), domain::SectionKey::Kind::response, changed,
              violations);
        merge(draft, command.declarations, "declarations", c.gates.size(), domain::SectionKey::Kind::declaration,
              changed, violations);
        domain::refuse_if(violations);
        const auto sections = persistence::list_sections(tx, c.bid.id);
        const bool lead = c.consortium.lead_organisation_id == member.organisation_id;
        for (const auto& key : changed) {
            const auto section = domain::to_string(key);
            if (const auto found = sections.find(section); found != sections.end())
                domain::require_section_editor(section, assignment_of(found->second), member, lead);
        }
        c.bid.draft_json = boost::json::serialize(draft);
        c.bid.draft_version = *persistence::update_draft(tx, c.bid.id, command.expected_version, c.bid.draft_json, now);
        record_section_saves(tx, c, draft, changed, member, now);
        boost::json::object after{{"draft_version", c.bid.draft_version}};
        if (command.responses) after["responses"] = field_names(*command.responses);
        if (command.declarations) after["declarations"] = field_names(*command.declarations);
        append_audit(tx, member, now,
                     {c.tender.id, "bid.draft_update", "bid", c.bid.id,
                      boost::json::object{{"draft_version", command.expected_version}}, after});
        out.submissions = persistence::list_submissions(tx, c.bid.id);
        out.bid = std::move(c);
    });
    return out;
}

}  // namespace collabtender::app
