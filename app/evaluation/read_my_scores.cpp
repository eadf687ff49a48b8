#include "app/evaluation/read_my_scores.hpp"

#include "app/evaluation/evaluation_access.hpp"

namespace collabtender::app {

Scoresheet read_my_scores(persistence::Connection& db, const domain::Principal& reader, const domain::BidId& bid_id,
                          std::optional<int> stage) {
    Scoresheet sheet;
    db.transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, bid_id, reader, stage);
        require_unconflicted(tx, bid, reader);
        sheet = {bid.bid.id, bid.stage, std::vector<domain::CriterionScore>(bid.criteria.size()), std::nullopt};
        for (auto& s : persistence::scores(tx, bid.bid.id, bid.stage))
            if (s.user_id == reader.user_id && s.criterion >= 0 && static_cast<std::size_t>(s.criterion) < sheet.criteria.size())
                sheet.criteria[static_cast<std::size_t>(s.criterion)] = std::move(s.score);
        for (const auto& s : persistence::scoresheet_submissions(tx, bid.bid.id, bid.stage))
            if (s.user_id == reader.user_id) sheet.submitted_at = s.submitted_at;
    });
    return sheet;
}

}  // namespace collabtender::app
