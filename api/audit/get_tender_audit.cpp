#include <map>

#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/audit_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {
namespace {

struct ActorNames {
    std::optional<std::string> person;  // the owning body's own staff only
    std::optional<std::string> organisation;
};

// Who acted, in words, read now rather than kept in the chain (a person's name may
// change or be erased; the chain keeps the id): the owning body's own people by
// name, anyone else by their organisation.
void name_actor(persistence::Tx& tx, const persistence::TenderRecord& tender, boost::json::object& item,
                std::map<std::string, ActorNames>& known) {
    const auto* id = item.if_contains("actor");
    if (!id || !id->is_string()) return;
    const std::string user_id{id->as_string()};
    auto found = known.find(user_id);
    if (found == known.end()) {
        ActorNames names;
        if (const auto user = persistence::find_user(tx, user_id)) {
            if (user->organisation_id == tender.organisation_id) names.person = user->display_name;
            if (const auto organisation = persistence::find_organisation(tx, user->organisation_id))
                names.organisation = organisation->name;
        }
        found = known.emplace(user_id, std::move(names)).first;
    }
    item["actor_name"] = nullable(found->second.person);
    item["actor_organisation"] = nullable(found->second.organisation);
}

}  // namespace

// GET /api/v1/tenders/{tender_id}/audit: the tender's chain, oldest first, for
// its commissioners. Each item is the canonical event with its hashes, and who
// acted in words (`actor_name`, `actor_organisation`). Events
// about bids and their documents appear once the stage's deadline has passed.
Response get_tender_audit(const Request& request, Context& context) {
    const auto page = paging(query_parameters(request, {"limit", "offset"}));
    std::vector<persistence::AuditLink> links;
    long total = 0;
    boost::json::array items;
    std::map<std::string, ActorNames> actors;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!may_manage_tender(context.principal, tender)) throw problems::forbidden();
        // While a stage takes bids, its bid activity stays sealed like the bids themselves.
        std::optional<domain::TimePoint> sealed_since;
        if (tender.status == domain::TenderStatus::stage1_open) sealed_since = domain::TimePoint{};
        if (tender.status == domain::TenderStatus::stage2_open) sealed_since = tender.details.timetable.stage1_deadline;
        links = persistence::tender_links(tx, tender.id, sealed_since, page.limit, page.offset);
        total = persistence::count_tender_links(tx, tender.id, sealed_since);
        for (const auto& link : links) {
            auto item = persistence::parse_stored_json(link.event).as_object();
            item["previous_hash"] = link.previous_hash;
            item["hash"] = link.hash;
            name_actor(tx, tender, item, actors);
            items.push_back(std::move(item));
        }
    });
    return json_response(200, boost::json::object{
                                  {"items", std::move(items)}, {"total", total}, {"limit", page.limit}, {"offset", page.offset}});
}

}  // namespace collabtender::api
