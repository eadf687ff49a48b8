#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "app/sections/compare_section_versions.hpp"
#include "domain/refusal.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/sections/{section}/diff?from=&to=: two versions of a
// section compared word by word (app::compare_section_versions).
Response get_section_diff(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"from", "to"});
    const auto version = [&](const char* name) -> std::string {
        const auto found = parameters.find(name);
        if (found == parameters.end())
            throw domain::invalid_input({{std::string{"?"} + name, "required", "name a version"}});
        return found->second;
    };
    const auto from = version("from"), to = version("to");
    const auto diff = app::compare_section_versions(
        *context.db, *context.principal, {domain::BidId{request.param("bid_id")}, request.param("section"), from, to});
    boost::json::array runs;
    for (const auto& run : diff.runs)
        runs.push_back(boost::json::object{{"kind", domain::to_string(run.kind)}, {"text", run.text}});
    return json_response(
        200, boost::json::object{{"section", diff.section}, {"from", diff.from}, {"to", diff.to}, {"runs", std::move(runs)}});
}

}  // namespace collabtender::api
