#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "persistence/audit_repository.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/audit: the tender's chain, oldest first, for
// its commissioners. Each item is the canonical event with its hashes. Events
// about bids and their documents appear once the stage's deadline has passed.
Response get_tender_audit(const Request& request, Context& context) {
    const auto page = paging(query_parameters(request, {"limit", "offset"}));
    std::vector<persistence::AuditLink> links;
    long total = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!may_manage_tender(context.principal, tender)) throw problems::forbidden();
        // While a stage takes bids, its bid activity stays sealed like the bids themselves.
        std::optional<domain::TimePoint> sealed_since;
        if (tender.status == domain::TenderStatus::stage1_open) sealed_since = domain::TimePoint{};
        if (tender.status == domain::TenderStatus::stage2_open) sealed_since = tender.details.timetable.stage1_deadline;
        links = persistence::tender_links(tx, tender.id, sealed_since, page.limit, page.offset);
        total = persistence::count_tender_links(tx, tender.id, sealed_since);
    });
    boost::json::array items;
    for (const auto& link : links) {
        auto item = boost::json::parse(link.event).as_object();
        item["previous_hash"] = link.previous_hash;
        item["hash"] = link.hash;
        items.push_back(std::move(item));
    }
    return json_response(200, boost::json::object{
                                  {"items", std::move(items)}, {"total", total}, {"limit", page.limit}, {"offset", page.offset}});
}

}  // namespace collabtender::api
