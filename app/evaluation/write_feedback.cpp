#include "app/evaluation/write_feedback.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/evaluation_access.hpp"
#include "domain/feedback.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

Feedback write_feedback(persistence::Connection& db, const domain::Principal& commissioner,
                        const WriteFeedback& command, domain::TimePoint now) {
    Feedback out;
    db.transact([&](persistence::Tx& tx) {
        auto bid = evaluated_bid(tx, command.bid_id, commissioner, 1, true);
        domain::require_commissioner(bid.commissioner);
        domain::require_feedback_editable(bid.tender.status);
        if (command.suggested_lot_id) {
            const auto lot = persistence::find_lot(tx, bid.tender.id, *command.suggested_lot_id);
            domain::refuse_if(domain::check_suggested_lot(lot.has_value(), lot && lot->cancellation));
        }
        std::vector<int> advised;
        boost::json::object advice;
        for (const auto& [criterion, text] : command.advice) {
            advised.push_back(criterion);
            advice[std::to_string(criterion)] = text;
        }
        domain::refuse_if(domain::check_advised_criteria(advised, bid.criteria.size()));
        persistence::save_feedback(tx, bid.bid.id,
                                   {command.text, command.suggested_lot_id, commissioner.user_id, now,
                                    boost::json::serialize(advice)});
        append_audit(tx, commissioner, now,
                     {bid.tender.id, "feedback.edit", "bid", bid.bid.id, nullptr,
                      boost::json::object{{"suggested_lot_id", command.suggested_lot_id
                                                                   ? boost::json::value_from(*command.suggested_lot_id)
                                                                   : nullptr}}});
        auto release = persistence::find_feedback_release(tx, bid.tender.id);
        out = feedback_of(tx, std::move(bid), false, std::move(release));
    });
    return out;
}

}  // namespace collabtender::app
