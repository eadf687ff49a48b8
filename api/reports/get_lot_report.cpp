#include "api/csv.hpp"
#include "api/evaluation/outcome_reasons.hpp"
#include "api/handlers.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "app/evaluation/read_lot_report.hpp"
#include "domain/award.hpp"
#include "domain/panel.hpp"

namespace collabtender::api {
namespace {

std::string consensus_of(const app::BidScores& scores, std::size_t criterion) {
    const auto c = scores.consensus.find(static_cast<int>(criterion));
    return c == scores.consensus.end() ? "" : std::to_string(c->second.score);
}

// Every submitted score: bid × criterion × panellist, with the consensus.
std::string scores_csv(const app::LotScoresReport& report) {
    std::string out = csv_line({"stage", "bid_id", "consortium", "criterion", "criterion_title", "weight", "panellist",
                                "panellist_kind", "score", "consensus_score"});
    const auto& lot = report.lot;
    for (const auto& bid : lot.bids)
        for (const auto& s : bid.scores.scores) {
            const auto* seat = lot.panel->member(s.user_id);
            const auto i = static_cast<std::size_t>(s.criterion);
            out += csv_line({std::to_string(report.stage), bid.bid_id, bid.consortium, std::to_string(i),
                             lot.criteria[i].title, std::to_string(lot.criteria[i].weight), seat->display_name,
                             std::string{domain::to_string(seat->member.kind)},
                             s.score.score ? std::to_string(*s.score.score) : "", consensus_of(bid.scores, i)});
        }
    return out;
}

// How far panellists agreed: per bid and criterion, the spread and the flag.
std::string variance_csv(const app::LotScoresReport& report) {
    std::string out = csv_line({"stage", "bid_id", "consortium", "criterion", "criterion_title", "count", "mean",
                                "median", "min", "max", "range", "flagged", "consensus_score"});
    const auto& lot = report.lot;
    for (const auto& bid : lot.bids)
        for (std::size_t i = 0; i < lot.criteria.size(); ++i) {
            const auto& a = bid.scores.aggregates[i];
            const bool any = a.count > 0;
            out += csv_line({std::to_string(report.stage), bid.bid_id, bid.consortium, std::to_string(i),
                             lot.criteria[i].title, std::to_string(a.count), a.mean(), a.median(),
                             any ? std::to_string(a.min) : "", any ? std::to_string(a.max) : "",
                             any ? std::to_string(a.max - a.min) : "", a.flagged ? "yes" : "no",
                             consensus_of(bid.scores, i)});
        }
    return out;
}

// Where every bid ended: awarded, ranked, out with reasons, or still pending.
std::string outcomes_csv(const app::LotOutcomes& outcomes) {
    const auto& lot = outcomes.lot;
    std::string out = csv_line({"bid_id", "consortium", "outcome", "rank", "weighted_score", "award", "reasons"});
    for (const auto& r : lot.ranking.ranked)
        out += csv_line({r.bid_id, lot.bids.at(r.bid_id).consortium, "ranked", std::to_string(r.rank),
                         domain::decimal(r.hundredths, 100), outcomes.award_of(r.bid_id), ""});
    const auto unranked = [&](const std::vector<domain::OutOfRanking>& items, const char* outcome) {
        for (const auto& o : items) {
            std::string reasons;
            for (const auto& reason : o.reasons) reasons += (reasons.empty() ? "" : "; ") + reason_text(reason);
            out += csv_line({o.bid_id, lot.bids.at(o.bid_id).consortium, outcome, "", "", outcomes.award_of(o.bid_id),
                             reasons});
        }
    };
    unranked(lot.ranking.out, "out");
    unranked(lot.pending, "pending");
    return out;
}

}  // namespace

// GET /api/v1/lots/{lot_id}/reports/{report}[?stage=]: CSV downloads for the
// tender's commissioners: scores.csv (bid × criterion × panellist, with the
// consensus), variance.csv (spread and flags per bid and criterion) and
// outcomes.csv (ranking, reasons and awards after stage 2).
Response get_lot_report(const Request& request, Context& context) {
    const auto& report = request.param("report");
    if (report != "scores.csv" && report != "variance.csv" && report != "outcomes.csv")
        throw problems::not_found("There is no such report.");
    const auto asked = stage_parameter(request);
    const domain::LotId lot_id{request.param("lot_id")};
    std::string csv;
    if (report == "outcomes.csv") {
        csv = outcomes_csv(app::read_lot_outcomes(*context.db, *context.principal, lot_id));
    } else {
        const auto scores = app::read_lot_scores(*context.db, *context.principal, lot_id, asked);
        csv = report == "scores.csv" ? scores_csv(scores) : variance_csv(scores);
    }
    return Response{200, "text/csv; charset=utf-8", std::move(csv),
                    {{"Content-Disposition", "attachment; filename=\"" + report + "\""}}};
}

}  // namespace collabtender::api
