#include <map>

#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/sections/section_json.hpp"
#include "app/sections/read_sections.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/sections: the bid's sections (app::read_sections)
// with owner, approver, due date, status, words against the limit and whether
// overdue; counts by status and by owner organisation; what still stands between
// the bid and submission; and, in stage 2, the panel's stage-1 advice on each
// response section.
Response get_sections(const Request& request, Context& context) {
    const auto read = app::read_sections(*context.db, *context.principal, domain::BidId{request.param("bid_id")},
                                        context.now);
    const auto today = domain::format_rfc3339(context.now).substr(0, 10);
    boost::json::array items, blocking;
    std::map<std::string, std::int64_t> by_status, by_organisation;
    std::int64_t overdue = 0;
    for (const auto& section : read.items) {
        auto item = section_json(read.bid, section.key, section.record, today);
        if (section.stage1_advice) item["stage1_advice"] = *section.stage1_advice;
        ++by_status[section.record.status];
        ++by_organisation[section.record.owner_organisation_id ? section.record.owner_organisation_id->str() : "unassigned"];
        overdue += item.at("overdue").as_bool();
        items.push_back(std::move(item));
    }
    for (const auto& v : read.blocking)
        blocking.push_back(boost::json::object{{"pointer", v.pointer}, {"code", v.code}, {"detail", v.message}});
    boost::json::object statuses, organisations;
    for (const auto& [k, n] : by_status) statuses[k] = n;
    for (const auto& [k, n] : by_organisation) organisations[k] = n;
    return json_response(200, boost::json::object{
                                  {"bid_id", read.bid.bid.id},
                                  {"items", std::move(items)},
                                  {"progress",
                                   {{"by_status", std::move(statuses)},
                                    {"by_organisation", std::move(organisations)},
                                    {"overdue", overdue}}},
                                  {"blocking", std::move(blocking)}});
}

}  // namespace collabtender::api
