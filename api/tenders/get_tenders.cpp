#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// Newest first. Commissioners also see their own body's drafts, and with
// ?organisation=mine only their own body's tenders; everyone else, signed in or
// not, sees published tenders only.
Response get_tenders(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"status", "organisation", "limit", "offset"});
    persistence::TenderQuery query;
    const auto page_request = paging(parameters);
    query.limit = page_request.limit;
    query.offset = page_request.offset;
    if (const auto status = parameters.find("status"); status != parameters.end()) {
        query.status = domain::parse_tender_status(status->second);
        if (!query.status)
            throw Problem{400, "invalid-query", "Invalid query parameter", "A query parameter is not acceptable."}
                .with_errors({{"?status", "invalid_parameter", "is not a tender status"}});
    }
    if (context.principal && context.principal->role == domain::Role::commissioner)
        query.owner_organisation_id = context.principal->organisation_id;
    if (const auto organisation = parameters.find("organisation"); organisation != parameters.end()) {
        if (organisation->second != "mine")
            throw Problem{400, "invalid-query", "Invalid query parameter", "A query parameter is not acceptable."}
                .with_errors({{"?organisation", "invalid_parameter", "must be mine"}});
        if (!query.owner_organisation_id) throw problems::forbidden();  // only a commissioning body owns tenders
        query.only_owners = true;
    }

    persistence::TenderPage page;
    context.db->transact([&](persistence::Tx& tx) { page = persistence::list_tenders(tx, query); });
    boost::json::array items;
    for (const auto& tender : page.items) items.push_back(tender_json(tender));
    return json_response(200, boost::json::object{{"items", std::move(items)},
                                                  {"total", page.total},
                                                  {"limit", query.limit},
                                                  {"offset", query.offset}});
}

}  // namespace collabtender::api
