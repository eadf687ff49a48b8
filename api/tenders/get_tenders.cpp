#include <map>
#include <set>

#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// Newest first. Commissioners also see their own body's drafts, and with
// ?organisation=mine only their own body's tenders; everyone else, signed in or
// not, sees published tenders only. Each item names its lots, and for providers
// the lots their organisation registered interest in: one query each per page.
Response get_tenders(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"status", "organisation", "limit", "offset"});
    persistence::TenderQuery query;
    const auto page_request = paging(parameters);
    query.limit = page_request.limit;
    query.offset = page_request.offset;
    if (const auto status = parameters.find("status"); status != parameters.end()) {
        query.status = domain::parse_tender_status(status->second);
        if (!query.status)
            throw bad_parameter("status", "is not a tender status");
    }
    if (context.principal && context.principal->role == domain::Role::commissioner)
        query.owner_organisation_id = context.principal->organisation_id;
    if (const auto organisation = parameters.find("organisation"); organisation != parameters.end()) {
        if (organisation->second != "mine")
            throw bad_parameter("organisation", "must be mine");
        if (!query.owner_organisation_id) throw problems::forbidden();  // only a commissioning body owns tenders
        query.only_owners = true;
    }

    persistence::TenderPage page;
    std::map<std::string, std::vector<persistence::LotRecord>> lots;
    std::optional<std::set<std::string>> interests;  // providers only
    context.db->transact([&](persistence::Tx& tx) {
        page = persistence::list_tenders(tx, query);
        std::vector<std::string> ids;
        for (const auto& tender : page.items) ids.push_back(tender.id);
        lots = persistence::lots_of_tenders(tx, ids);
        if (context.principal && context.principal->role == domain::Role::provider)
            interests = persistence::interest_lots(tx, ids, context.principal->organisation_id);
    });
    boost::json::array items;
    for (const auto& tender : page.items) {
        auto item = tender_json(tender);
        boost::json::array summary, mine;
        for (const auto& lot : lots[tender.id]) {
            summary.push_back(boost::json::object{{"id", lot.id},
                                                  {"number", lot.details.number},
                                                  {"title", lot.details.title},
                                                  {"locality_or_theme", lot.details.locality_or_theme},
                                                  {"status", lot.cancellation ? "cancelled" : "active"}});
            if (interests && interests->contains(lot.id)) mine.push_back(boost::json::value(lot.id));
        }
        item["lots"] = std::move(summary);
        if (interests) item["my_interest_lot_ids"] = std::move(mine);
        items.push_back(std::move(item));
    }
    return json_response(200, boost::json::object{{"items", std::move(items)},
                                                  {"total", page.total},
                                                  {"limit", query.limit},
                                                  {"offset", query.offset}});
}

}  // namespace collabtender::api
