#include "app/evaluation/read_bid_for_scoring.hpp"

#include "domain/evaluation_access.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

BidForScoring read_bid_for_scoring(persistence::Connection& db, const domain::Principal& reader,
                                   const domain::BidId& bid_id, std::optional<int> stage) {
    using domain::Refusal, domain::RefusalCode;
    BidForScoring out;
    db.autocommit([&](persistence::Tx& tx) {
        auto access = persistence::evaluation_access(tx, bid_id, reader.user_id, stage);
        if (!access) throw Refusal{RefusalCode::not_found, "No such bid."};
        const bool manages = domain::manages_tender(reader, access->tender_organisation_id);
        domain::require_evaluator(manages, reader.role == domain::Role::panellist && access->seated);
        domain::opened_stage(access->status, stage);
        if (!access->submission)
            throw Refusal{RefusalCode::not_found, "This bid has no submission standing for that stage."};
        domain::require_unconflicted(manages, access->conflicted);
        auto frame = persistence::scoring_frame(tx, access->tender_id, access->lot_id, bid_id, access->stage);
        out = {bid_id, std::move(*access), std::move(frame), manages};
    });
    return out;
}

}  // namespace collabtender::app
