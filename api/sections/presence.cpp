#include <chrono>

#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/sections/section_access.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {
namespace {

constexpr auto presence_lifetime = std::chrono::seconds{60};

}  // namespace

// PUT /api/v1/bids/{bid_id}/sections/{section}/presence: {"mode": "viewing" |
// "editing"}, a heartbeat a client sends every 20 seconds or so. Ephemeral, so
// not audited: it changes nothing anyone relies on.
Response put_presence(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string mode;
    fields.text("mode", mode);
    domain::Violations more;
    if (!mode.empty() && mode != "viewing" && mode != "editing")
        more.push_back({"/mode", "invalid_value", "must be viewing or editing"});
    fields.finish(more);
    context.db->transact([&](persistence::Tx& tx) {
        const auto s = member_section(tx, request.param("bid_id"), request.param("section"), *context.principal);
        persistence::heartbeat(tx, s.bid.bid.id, s.record.section, context.principal->user_id, mode, context.now);
    });
    return Response{204, "", "", {}};
}

// DELETE /api/v1/bids/{bid_id}/sections/{section}/presence: the caller has left
// the section, so partners stop seeing them there at once rather than a minute on.
Response delete_presence(const Request& request, Context& context) {
    context.db->transact([&](persistence::Tx& tx) {
        const auto s = member_section(tx, request.param("bid_id"), request.param("section"), *context.principal);
        persistence::leave(tx, s.bid.bid.id, s.record.section, context.principal->user_id);
    });
    return Response{204, "", "", {}};
}

// GET /api/v1/bids/{bid_id}/presence: who has been looking at or editing which
// section in the last minute, so partners can avoid clashes (the ETag rule still
// decides a real conflict).
Response get_presence(const Request& request, Context& context) {
    boost::json::array items;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        const auto bid = member_bid(tx, request.param("bid_id"), *context.principal);
        for (const auto& p : persistence::present(tx, bid.bid.id, context.now - presence_lifetime))
            items.push_back(boost::json::object{{"section", p.section},
                                                {"user_id", p.user_id},
                                                {"display_name", p.display_name},
                                                {"organisation_id", p.organisation_id},
                                                {"mode", p.mode},
                                                {"seen_at", domain::format_rfc3339(p.seen_at)}});
    });
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
