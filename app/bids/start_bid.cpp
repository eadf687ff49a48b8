#include "app/bids/start_bid.hpp"

#include <optional>

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/consortia/consortium_access.hpp"
#include "domain/lot.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

BidContext start_bid(persistence::Connection& db, const domain::Principal& lead, const StartBid& command,
                     domain::TimePoint now) {
    std::optional<BidContext> created;
    db.transact([&](persistence::Tx& tx) {
        const auto visible = led_consortium(tx, command.consortium_id, lead);
        const auto& tender = visible.tender;
        domain::require_open_stage(tender.status, tender.details.timetable, now);
        const auto lot = persistence::find_lot(tx, tender.id, command.lot_id);
        if (!lot) throw domain::invalid_input({{"/lot_id", "unknown_lot", "is not a lot of this tender"}});
        domain::require_lot_going_ahead(lot->cancellation.has_value(), domain::LotUse::bidding);
        const auto id = persistence::insert_bid(tx, visible.consortium.id, tender.id, lot->id, lead.user_id, now);
        created = member_bid(tx, id, lead);
        append_audit(tx, lead, now,
                     {tender.id, "bid.create", "bid", id, nullptr,
                      boost::json::object{{"consortium_id", visible.consortium.id},
                                          {"lot_id", lot->id},
                                          {"draft_version", created->bid.draft_version}}});
    });
    return std::move(*created);
}

}  // namespace collabtender::app
