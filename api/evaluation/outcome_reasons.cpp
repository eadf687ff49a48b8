#include "api/evaluation/outcome_reasons.hpp"

#include "domain/time_format.hpp"
#include "domain/overloaded.hpp"

namespace collabtender::api {
namespace {

struct Worded {
    std::string_view code;
    std::string text;
    boost::json::object facts;
};

Worded worded(const domain::OutcomeReason& reason) {
    using domain::Overloaded;
    return std::visit(
        Overloaded{
            [](const domain::BelowMinimum& r) {
                return Worded{"below_minimum",
                              "scored " + r.score + " on '" + r.criterion + "', below its minimum of " + std::to_string(r.minimum),
                              {{"criterion", r.criterion}, {"score", r.score}, {"minimum", r.minimum}}};
            },
            [](const domain::BelowThreshold& r) {
                return Worded{"below_threshold",
                              "weighted score " + r.weighted_score + "% is below the quality threshold of " +
                                  std::to_string(r.threshold) + "%",
                              {{"weighted_score", r.weighted_score}, {"threshold", r.threshold}}};
            },
            [](const domain::GateFailed& r) {
                return Worded{"gate_failed",
                              (r.stage == 1 ? "failed a minimum requirement in stage 1: " : "failed a minimum requirement: ") +
                                  r.reason,
                              {{"stage", r.stage}, {"gate", r.gate}, {"kind", r.kind}, {"reason", r.reason}}};
            },
            [](const domain::NotReconfirmed& r) {
                return Worded{"not_reconfirmed",
                              "its partnership did not reconfirm or resend it after the tender changed on " +
                                  domain::readable_time(r.changed_at) + ", before the stage-" + std::to_string(r.stage) + " deadline",
                              {{"stage", r.stage}, {"changed_at", domain::format_rfc3339(r.changed_at)}}};
            },
            [](const domain::NoRevisedBid&) {
                return Worded{"no_revised_bid", "no revised bid was submitted for stage 2", {}};
            },
            [](const domain::AwaitingGateDecision&) {
                return Worded{"awaiting_gate_decision", "a minimum requirement awaits the commissioner's decision", {}};
            },
            [](const domain::AwaitingScores&) { return Worded{"awaiting_scores", "panellists' scores are awaited", {}}; },
            [](const domain::AwaitingModeration&) {
                return Worded{"awaiting_moderation", "flagged scores await moderation", {}};
            },
            [](const domain::Ranked& r) {
                return Worded{"ranked",
                              "ranked " + std::to_string(r.rank) + " of " + std::to_string(r.of) +
                                  " eligible bids; the lot makes up to " + std::to_string(r.max_awards) + " award(s)",
                              {{"rank", r.rank}, {"of", r.of}, {"max_awards", r.max_awards}}};
            },
            [](const domain::CommissionerDecision& r) {
                return Worded{"commissioner_decision", "the commissioner's decision: " + r.reason, {{"reason", r.reason}}};
            },
        },
        reason);
}

}  // namespace

std::string reason_text(const domain::OutcomeReason& reason) { return worded(reason).text; }

void put_reasons(boost::json::object& answer, const std::vector<domain::OutcomeReason>& reasons) {
    boost::json::array texts, details;
    for (const auto& reason : reasons) {
        auto [code, text, facts] = worded(reason);
        texts.push_back(boost::json::value(text));
        boost::json::object detail{{"code", code}, {"text", std::move(text)}};
        for (auto& fact : facts) detail[fact.key()] = std::move(fact.value());
        details.push_back(std::move(detail));
    }
    answer["reasons"] = std::move(texts);
    answer["reason_details"] = std::move(details);
}

}  // namespace collabtender::api
