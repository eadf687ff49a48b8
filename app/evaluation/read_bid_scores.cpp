#include "app/evaluation/read_bid_scores.hpp"

#include <algorithm>

#include "domain/evaluation_access.hpp"

namespace collabtender::app {

BidScoresView read_bid_scores(persistence::Connection& db, const domain::Principal& reader, const domain::BidId& bid_id,
                              std::optional<int> stage) {
    BidScoresView out;
    db.transact([&](persistence::Tx& tx) {
        auto bid = evaluated_bid(tx, bid_id, reader, stage);
        require_unconflicted(tx, bid, reader);
        if (!bid.commissioner) {
            const auto sent = persistence::scoresheet_submissions(tx, bid.bid.id, bid.stage);
            domain::require_scores_visible(false, std::any_of(sent.begin(), sent.end(), [&](const auto& s) {
                                               return s.user_id == reader.user_id;
                                           }));
        }
        out = {std::move(bid), {}, {}, {}, {}, {}};
        const auto& b = out.bid;
        out.scores = bid_scores(tx, b);
        if (b.commissioner) {
            out.declarations = persistence::declarations(tx, b.bid.id, b.stage);
            for (const auto& r : persistence::scores(tx, b.bid.id, b.stage))
                if (r.score.score) ++out.criteria_scored[r.user_id];
            if (b.panel) {
                auto flags = pre_flags(tx, {b.tender.id, b.bid.id, std::nullopt});
                for (const auto& m : b.panel->members) {
                    const auto flag = flags.find({b.bid.id, m.member.user_id});
                    out.pre_flags[m.member.user_id] =
                        flag == flags.end() ? std::nullopt : std::optional{std::move(flag->second)};
                }
            }
        }
        out.lot = *persistence::find_lot(tx, b.tender.id, b.bid.lot_id);
    });
    return out;
}

}  // namespace collabtender::app
