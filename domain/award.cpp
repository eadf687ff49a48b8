#include "domain/award.hpp"

#include <algorithm>
#include <set>

#include "domain/panel.hpp"
#include "domain/refusal.hpp"
#include "domain/text.hpp"
#include "domain/time_format.hpp"

namespace collabtender::domain {

void require_stage2_closed(TenderStatus status) {
    if (latest_closed_stage(status) < 2)
        throw Refusal{RefusalCode::not_ranked_yet,
                      "Bids are ranked once the stage-2 deadline has passed and the stage is closed."};
}

void require_ties_open(TenderStatus status) {
    if (status != TenderStatus::stage2_evaluation)
        throw Refusal{RefusalCode::ties_closed, "Ties are decided before awards are proposed."};
}

Violations validate_tie_break(const std::vector<BidId>& order, const std::string& reason) {
    Violations out;
    check_text(out, reason, "/reason", 1, 2000);
    if (order.size() < 2) out.push_back({"/order", "too_few", "name at least two tied bids"});
    if (std::set<BidId>(order.begin(), order.end()).size() != order.size())
        out.push_back({"/order", "duplicate", "names a bid twice"});
    return out;
}

Violations check_tie_break_order(const std::vector<BidId>& order, const std::vector<RankedBid>& ranked) {
    Violations out;
    for (std::size_t i = 0; i < order.size(); ++i)
        if (std::none_of(ranked.begin(), ranked.end(), [&](const auto& r) { return r.bid_id == order[i]; }))
            out.push_back({"/order/" + std::to_string(i), "not_ranked", "is not a ranked bid of this lot"});
    return out;
}

void require_not_awarded(TenderStatus status) {
    if (status == TenderStatus::awarded) throw Refusal{RefusalCode::already_awarded, "The tender is already awarded."};
}

void require_undecided(bool lot_decided) {
    if (lot_decided) throw Refusal{RefusalCode::awards_proposed, "This lot's awards have already been proposed."};
}

void require_ranking_complete(const std::vector<OutOfRanking>& pending) {
    if (!pending.empty())
        throw Refusal{RefusalCode::ranking_incomplete, "Some bids still await a gate decision, scores or moderation."};
}

AwardChoice choose_awards(const std::vector<RankedBid>& ranked, int max_awards,
                          std::optional<std::vector<BidId>> chosen, std::optional<std::string> reason) {
    const auto max = static_cast<std::size_t>(max_awards);
    std::vector<BidId> top;
    for (std::size_t i = 0; i < ranked.size() && i < max; ++i) top.push_back(ranked[i].bid_id);
    const bool tie_at_cut = ranked.size() > max && max > 0 && ranked[max - 1].rank == ranked[max].rank;
    if (!chosen) {
        if (tie_at_cut)
            throw Refusal{RefusalCode::tie_unresolved,
                          "Bids tie at the last award place: record the tie-break decision first."};
        return {std::move(top), std::move(reason)};
    }
    Violations violations;
    if (chosen->size() > max)
        violations.push_back({"/bid_ids", "too_many", "the lot makes at most " + std::to_string(max) + " award(s)"});
    for (std::size_t i = 0; i < chosen->size(); ++i)
        if (std::none_of(ranked.begin(), ranked.end(), [&](const auto& r) { return r.bid_id == (*chosen)[i]; }))
            violations.push_back({"/bid_ids/" + std::to_string(i), "not_eligible", "is not an eligible bid of this lot"});
    if (std::set<BidId>(chosen->begin(), chosen->end()) != std::set<BidId>(top.begin(), top.end()) || tie_at_cut) {
        if (!reason) violations.push_back({"/reason", "required", "say why the awards depart from the ranking"});
        else check_text(violations, *reason, "/reason", 1, 2000);
    } else {
        reason.reset();  // the ranking's own choice needs no override reason
    }
    refuse_if(violations);
    return {std::move(*chosen), std::move(reason)};
}

namespace {

void require_status(std::string_view status, std::string_view wanted, const char* detail) {
    if (status != wanted) throw Refusal{RefusalCode::award_status, detail};
}

bool is_date(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    return parse_rfc3339(text + "T00:00:00Z").has_value();
}

}  // namespace

void require_suspendable(std::string_view award_status) {
    require_status(award_status, "proposed", "Only a proposed award can be suspended.");
}

void require_resumable(std::string_view award_status) {
    require_status(award_status, "suspended", "Only a suspended award can be resumed.");
}

void require_confirmable(std::string_view award_status, TimePoint standstill_ends, TimePoint now) {
    require_status(award_status, "proposed",
                   award_status == "suspended" ? "The award is suspended while a challenge is heard."
                                               : "The award is already confirmed.");
    if (now < standstill_ends)
        throw Refusal{RefusalCode::standstill,
                      "Awards are confirmed after the standstill ends, at " + format_rfc3339(standstill_ends) + "."};
}

Violations validate_contract(const std::string& start_date, int term_months, int extension_months) {
    Violations out;
    if (!start_date.empty() && !is_date(start_date))
        out.push_back({"/start_date", "invalid_date", "must be a date, YYYY-MM-DD"});
    if (term_months < 1 || term_months > 240) out.push_back({"/term_months", "out_of_range", "must be from 1 to 240"});
    if (extension_months < 0 || extension_months > 240)
        out.push_back({"/extension_months", "out_of_range", "must be from 0 to 240"});
    return out;
}

std::vector<OutcomeReason> letter_reasons(const Ranking& ranking, const BidId& bid_id, int max_awards,
                                          const std::optional<std::string>& override_reason) {
    std::vector<OutcomeReason> reasons;
    for (const auto& out : ranking.out)
        if (out.bid_id == bid_id) reasons.insert(reasons.end(), out.reasons.begin(), out.reasons.end());
    for (const auto& r : ranking.ranked)
        if (r.bid_id == bid_id) reasons.push_back(Ranked{r.rank, static_cast<int>(ranking.ranked.size()), max_awards});
    if (override_reason) reasons.push_back(CommissionerDecision{*override_reason});
    return reasons;
}

}  // namespace collabtender::domain
