#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/bids/bid_context.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/sections/section_access.hpp"
#include "domain/bid.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

// Merges a partial update into the draft: {"responses": {"0": "text"},
// "declarations": {"1": {...}}}, keyed by criterion and gate position; null removes
// an entry. Any member may edit; If-Match stops partners overwriting each other.
// Small enough to autosave: only what changed is sent.
Response patch_bid(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto patch = parse_json_object(request);
    FieldReader fields{patch, "", true};
    const auto* responses = fields.object("responses", Need::optional);
    const auto* declarations = fields.object("declarations", Need::optional);
    fields.finish();

    boost::json::object body;
    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        auto c = member_bid(tx, request.param("bid_id"), *context.principal, persistence::BidLock::bid);
        if (c.bid.draft_version != expected) throw_stale(c.bid.draft_version);
        require_open_stage(c, context.now);
        auto draft = persistence::parse_stored_json(c.bid.draft_json).as_object();
        domain::Violations violations;
        std::vector<domain::SectionKey> changed;
        const auto merge = [&](const boost::json::object* changes, const char* name, std::size_t count, bool text) {
            if (changes == nullptr) return;
            auto& target = draft[name].as_object();
            for (const auto& [key, value] : *changes) {
                const auto at = std::string{"/"} + name + "/" + std::string{key};
                std::size_t index = count;
                try {
                    index = std::stoul(std::string{key});
                } catch (const std::exception&) {
                }
                if (index >= count || std::to_string(index) != key) {
                    violations.push_back({at, "unknown_position", "does not name one of the lot's positions"});
                    continue;
                }
                changed.push_back({text ? domain::SectionKey::Kind::response : domain::SectionKey::Kind::declaration,
                                   static_cast<int>(index)});
                if (value.is_null())
                    target.erase(key);
                else if (text ? !value.is_string() : !value.is_object())
                    violations.push_back({at, "wrong_type", text ? "must be a string" : "must be an object"});
                else
                    target[key] = value;
            }
        };
        merge(responses, "responses", c.criteria.size(), true);
        merge(declarations, "declarations", c.gates.size(), false);
        if (!violations.empty()) throw problems::validation(violations);
        const auto sections = persistence::list_sections(tx, c.bid.id);
        const bool lead = c.consortium.lead_organisation_id == context.principal->organisation_id;
        for (const auto& key : changed) {
            const auto found = sections.find(domain::to_string(key));
            if (found != sections.end() && !may_edit(found->second, *context.principal, lead))
                throw Problem{403, "not-section-owner", "Not your section",
                              "Only the owner of " + domain::to_string(key) + " and the lead edit it."};
        }
        c.bid.draft_json = boost::json::serialize(draft);
        version = *persistence::update_draft(tx, c.bid.id, expected, c.bid.draft_json, context.now);
        c.bid.draft_version = version;
        record_section_saves(tx, c, draft, changed, context);
        body = bid_json(c, persistence::list_submissions(tx, c.bid.id));
        // Which positions changed, never the text of a response or declaration.
        boost::json::object after{{"draft_version", version}};
        if (responses) after["responses"] = field_names(*responses);
        if (declarations) after["declarations"] = field_names(*declarations);
        audit(tx, context, {c.tender.id, "bid.draft_update", "bid", c.bid.id,
                            boost::json::object{{"draft_version", expected}}, after});
    });
    auto response = json_response(200, body);
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
