#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/sections/section_json.hpp"
#include "app/sections/read_sections.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/sections/{section}: one section with its content
// and, in stage 2, the panel's stage-1 advice (app::read_section). Its ETag is
// the section's number of saves: the If-Match its next save needs.
Response get_section(const Request& request, Context& context) {
    const auto read =
        app::read_section(*context.db, *context.principal, domain::BidId{request.param("bid_id")},
                          request.param("section"));
    auto out = section_json(read.saved, context.now);
    if (read.stage1_advice) out["stage1_advice"] = *read.stage1_advice;
    auto response = json_response(200, out);
    response.headers.emplace_back("ETag", etag(read.saved.section.record.versions));
    return response;
}

}  // namespace collabtender::api
