#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "api/tenders/tender_json.hpp"
#include "app/tenders/read_tenders.hpp"

namespace collabtender::api {

// GET /api/v1/tenders?status=&organisation=mine&limit=&offset=: a page of the
// tenders the reader may see, each naming its lots, and for providers the lots
// their organisation registered interest in (app::read_tenders).
Response get_tenders(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"status", "organisation", "limit", "offset"});
    app::ReadTenders query;
    const auto page_request = paging(parameters);
    query.limit = page_request.limit;
    query.offset = page_request.offset;
    if (const auto status = parameters.find("status"); status != parameters.end()) {
        query.status = domain::parse_tender_status(status->second);
        if (!query.status) throw bad_parameter("status", "is not a tender status");
    }
    if (const auto organisation = parameters.find("organisation"); organisation != parameters.end()) {
        if (organisation->second != "mine") throw bad_parameter("organisation", "must be mine");
        query.only_own = true;
    }

    auto read = app::read_tenders(*context.db, context.principal, query);
    boost::json::array items;
    for (const auto& tender : read.page.items) {
        auto item = tender_json(tender);
        boost::json::array summary, mine;
        for (const auto& lot : read.lots[tender.id]) {
            summary.push_back(boost::json::object{{"id", lot.id},
                                                  {"number", lot.details.number},
                                                  {"title", lot.details.title},
                                                  {"locality_or_theme", lot.details.locality_or_theme},
                                                  {"status", lot.cancellation ? "cancelled" : "active"}});
            if (read.interests && read.interests->contains(lot.id)) mine.push_back(boost::json::value_from(lot.id));
        }
        item["lots"] = std::move(summary);
        if (read.interests) item["my_interest_lot_ids"] = std::move(mine);
        items.push_back(std::move(item));
    }
    return json_response(200, boost::json::object{{"items", std::move(items)},
                                                  {"total", read.page.total},
                                                  {"limit", query.limit},
                                                  {"offset", query.offset}});
}

}  // namespace collabtender::api
