#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "app/sections/read_section_history.hpp"
#include "domain/time_format.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/sections/{section}/history: every save of the
// section, newest first: who, when, the content, what a restore came from, and
// which submissions (stage and version) this version went into
// (app::read_section_history).
Response get_section_history(const Request& request, Context& context) {
    const auto history = app::read_section_history(*context.db, *context.principal,
                                                   domain::BidId{request.param("bid_id")}, request.param("section"));
    boost::json::array items;
    for (const auto& v : history.versions) {
        boost::json::array submitted_in;
        for (const auto& in : history.submitted)
            if (in.section_version == v.version)
                submitted_in.push_back(boost::json::object{{"stage", in.stage}, {"version", in.submission_version}});
        items.push_back(boost::json::object{
            {"version", v.version},
            {"content", v.content_json ? persistence::parse_stored_json(*v.content_json) : boost::json::value(nullptr)},
            {"saved_by", v.saved_by},
            {"saved_by_name", v.saved_by_name},
            {"saved_at", domain::format_rfc3339(v.saved_at)},
            {"restored_from", nullable(v.restored_from)},
            {"submitted_in", std::move(submitted_in)}});
    }
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
