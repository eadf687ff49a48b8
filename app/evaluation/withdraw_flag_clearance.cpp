#include "app/evaluation/withdraw_flag_clearance.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/panel.hpp"

namespace collabtender::app {

std::optional<PreFlag> withdraw_flag_clearance(persistence::Connection& db, const domain::Principal& commissioner,
                                               const domain::BidId& bid_id, const domain::UserId& user_id,
                                               domain::TimePoint now) {
    std::optional<PreFlag> out;
    db.transact([&](persistence::Tx& tx) {
        const auto bid = bid_for_flag(tx, bid_id, user_id, commissioner);
        const auto clearance = persistence::flag_clearance(tx, bid.tender.id, bid.bid.id, user_id);
        bool answered = false;
        if (clearance) {
            const auto answers = persistence::declarations(tx, bid.bid.id, bid.stage);
            answered = std::any_of(answers.begin(), answers.end(), [&](const auto& d) { return d.user_id == user_id; });
        }
        domain::require_clearance_withdrawable(clearance.has_value(), answered);
        persistence::withdraw_clearance(tx, bid.bid.id, user_id);
        append_audit(tx, commissioner, now,
                     {bid.tender.id, "conflict.withdraw_clearance", "bid", bid.bid.id,
                      boost::json::object{{"user_id", user_id}, {"reason", clearance->reason}},
                      boost::json::object{{"user_id", user_id}}});
        out = pre_flag(tx, bid.tender.id, bid.bid.id, user_id);
    });
    return out;
}

}  // namespace collabtender::app
