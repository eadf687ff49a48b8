#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/bids/bid_context.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "domain/bid.hpp"
#include "domain/lot.hpp"

namespace collabtender::api {

// The lead starts the consortium's bid for a lot, while a stage is open.
Response post_bid(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string lot_id;
    fields.text("lot_id", lot_id);
    fields.finish();

    std::optional<BidContext> created;
    context.db->transact([&](persistence::Tx& tx) {
        const auto visible = led_consortium(tx, request.param("consortium_id"), *context.principal);
        const auto& tender = visible.tender;
        domain::require_open_stage(tender.status, tender.details.timetable, context.now);
        const auto lot = persistence::find_lot(tx, tender.id, lot_id);
        if (!lot) throw problems::validation({{"/lot_id", "unknown_lot", "is not a lot of this tender"}});
        domain::require_lot_going_ahead(lot->cancellation.has_value(), domain::LotUse::bidding);
        const auto id = persistence::insert_bid(tx, visible.consortium.id, tender.id, lot->id,
                                                context.principal->user_id, context.now);
        created = member_bid(tx, id, *context.principal);
        audit(tx, context, {tender.id, "bid.create", "bid", id, nullptr,
                            boost::json::object{{"consortium_id", visible.consortium.id},
                                                {"lot_id", lot->id},
                                                {"draft_version", created->bid.draft_version}}});
    });
    auto response = json_response(201, bid_json(*created, {}));
    response.headers.emplace_back("Location", "/api/v1/bids/" + created->bid.id);
    response.headers.emplace_back("ETag", etag(created->bid.draft_version));
    return response;
}

}  // namespace collabtender::api
