#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "api/sections/section_access.hpp"
#include "domain/word_diff.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/sections/{section}/diff?from=&to=: two versions of a
// section compared word by word (a declaration as its JSON text).
Response get_section_diff(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"from", "to"});
    const auto version = [&](const char* name) -> std::string {
        const auto found = parameters.find(name);
        if (found == parameters.end())
            throw problems::validation({{std::string{"?"} + name, "required", "name a version"}});
        return found->second;
    };
    const auto from = version("from"), to = version("to");
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto s = member_section(tx, request.param("bid_id"), request.param("section"), *context.principal);
        const auto versions = persistence::section_versions(tx, s.bid.bid.id, s.record.section);
        const auto text_of = [&](const std::string& wanted) -> std::string {
            for (const auto& v : versions)
                if (std::to_string(v.version) == wanted) {
                    if (!v.content_json) return "";
                    const auto content = persistence::parse_stored_json(*v.content_json);
                    return content.is_string() ? std::string{content.as_string()} : *v.content_json;
                }
            throw problems::not_found("The section has no version " + wanted + ".");
        };
        boost::json::array runs;
        for (const auto& run : domain::word_diff(text_of(from), text_of(to)))
            runs.push_back(boost::json::object{{"kind", domain::to_string(run.kind)}, {"text", run.text}});
        out = {{"section", s.record.section}, {"from", std::stoi(from)}, {"to", std::stoi(to)}, {"runs", std::move(runs)}};
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
