#include "app/evaluation/record_consensus.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/evaluation/panel_scores.hpp"
#include "domain/evaluation_access.hpp"
#include "domain/refusal.hpp"
#include "domain/text.hpp"

namespace collabtender::app {

RecordedConsensus record_consensus(persistence::Connection& db, const domain::Principal& moderator,
                                   const RecordConsensus& command, domain::TimePoint now) {
    RecordedConsensus out;
    db.transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, command.bid_id, moderator, std::nullopt, true);
        if (!bid.commissioner) {
            domain::require_moderator(false, bid.panel->member(moderator.user_id)->member.chair);
            require_unconflicted(tx, bid, moderator);
        }
        require_scoring_open(tx, bid);
        const int criterion = position_in_lot(command.criterion, bid.criteria.size(), "criterion");
        const auto& scale = bid.tender.details.scoring_scale;
        domain::Violations range;
        domain::check_range(range, command.score, "/score", domain::scale_min(scale), domain::scale_max(scale));
        domain::refuse_if(range);
        const auto scores = bid_scores(tx, bid);
        domain::require_moderation_ready(scores.ready_for_moderation);
        persistence::save_consensus(tx, bid.bid.id, bid.stage,
                                    {criterion, command.score, command.rationale, moderator.user_id, now});
        const auto agreed = scores.consensus.find(criterion);
        append_audit(tx, moderator, now,
                     {bid.tender.id, "consensus.record", "bid", bid.bid.id,
                      agreed == scores.consensus.end()
                          ? boost::json::value(nullptr)
                          : boost::json::value(boost::json::object{{"score", agreed->second.score}}),
                      boost::json::object{{"stage", bid.stage}, {"criterion", criterion}, {"score", command.score}}});
        out = {bid.bid.id, bid.stage, criterion};
    });
    return out;
}

}  // namespace collabtender::app
