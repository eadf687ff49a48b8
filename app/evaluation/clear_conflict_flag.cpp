#include "app/evaluation/clear_conflict_flag.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/panel.hpp"

namespace collabtender::app {

std::optional<PreFlag> clear_conflict_flag(persistence::Connection& db, const domain::Principal& commissioner,
                                           const ClearConflictFlag& command, domain::TimePoint now) {
    std::optional<PreFlag> out;
    db.transact([&](persistence::Tx& tx) {
        const auto bid = bid_for_flag(tx, command.bid_id, command.user_id, commissioner);
        domain::require_flagged(pre_flag(tx, bid.tender.id, bid.bid.id, command.user_id).has_value());
        persistence::clear_flag(tx, bid.bid.id, command.user_id, command.reason, commissioner.user_id, now);
        append_audit(tx, commissioner, now,
                     {bid.tender.id, "conflict.clear_flag", "bid", bid.bid.id, nullptr,
                      boost::json::object{{"user_id", command.user_id}, {"reason", command.reason}}});
        out = pre_flag(tx, bid.tender.id, bid.bid.id, command.user_id);
    });
    return out;
}

}  // namespace collabtender::app
