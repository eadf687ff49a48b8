#include <boost/json.hpp>

#include "api/evaluation/criterion_advice.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/sections/section_json.hpp"
#include "app/sections/section_saves.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/sections/{section}: one section with its content
// and, in stage 2, the panel's stage-1 advice, read together so they agree. Its
// ETag is the section's number of saves: the If-Match its next save needs.
Response get_section(const Request& request, Context& context) {
    boost::json::object out;
    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto saved = app::saved_section(tx, app::member_section(tx, domain::BidId{request.param("bid_id")},
                                                                      request.param("section"), *context.principal));
        const auto& s = saved.section;
        out = section_json(saved, context.now);
        version = s.record.versions;
        if (s.key.kind == domain::SectionKey::Kind::response)
            if (const auto advice = released_advice(tx, s.bid.bid.id, s.bid.tender.id); !advice.empty())
                out["stage1_advice"] = advice.at(static_cast<std::size_t>(s.key.index));
    });
    auto response = json_response(200, out);
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
