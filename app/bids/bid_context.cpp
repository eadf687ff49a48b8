#include "app/bids/bid_context.hpp"

#include "app/consortia/consortium_access.hpp"
#include "app/evaluation/gates.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

BidContext context_of(persistence::BidFacts facts) {
    std::vector<int> uploads(facts.required_documents.size(), 0);
    for (const auto& d : facts.documents)
        if (d.requirement && *d.requirement < static_cast<int>(uploads.size())) ++uploads[*d.requirement];
    if (!domain::stage1_results_released(facts.tender.status)) facts.stage1_gate_results.clear();
    return {std::move(facts.bid),       std::move(facts.consortium),         std::move(facts.tender),
            std::move(facts.criteria),  std::move(facts.gates),                    std::move(facts.required_documents),
            std::move(uploads),         std::move(facts.lot),                std::move(facts.reconfirmations),
            std::move(facts.stage1_gate_results), std::move(facts.documents), std::move(facts.sign_offs)};
}

BidContext member_bid(persistence::Tx& tx, const domain::BidId& bid_id, const domain::Principal& principal,
                      persistence::BidLock lock) {
    if (auto facts = persistence::bid_facts(tx, bid_id, lock)) {
        const auto role = consortium_role(principal, facts->consortium, facts->tender);
        if (role == ConsortiumRole::lead || role == ConsortiumRole::member) return context_of(std::move(*facts));
    }
    throw domain::Refusal{domain::RefusalCode::not_found, "No such bid."};
}

void require_in_tender(const BidContext& c) {
    domain::require_in_tender(!failed_gates(c.stage1_gate_results).empty(),
                              exclusion_reasons(c.gates, c.stage1_gate_results));
}

int require_open_stage(const BidContext& c, domain::TimePoint now) {
    const auto stage = domain::require_open_stage(c.tender.status, c.tender.details.timetable, now);
    require_in_tender(c);
    return stage;
}

std::vector<domain::ReconfirmationRequest> reconfirmation_requests(
    const std::vector<persistence::Reconfirmation>& reconfirmations) {
    std::vector<domain::ReconfirmationRequest> out;
    for (const auto& r : reconfirmations) out.push_back({r.stage, r.resolved_at.has_value()});
    return out;
}

std::vector<domain::SentVersion> sent_versions(const std::vector<persistence::SubmissionRecord>& submissions, int stage) {
    std::vector<domain::SentVersion> out;
    for (const auto& s : submissions)
        if (s.stage == stage) out.push_back({s.id, s.version, s.withdrawn_at.has_value()});
    return out;
}

}  // namespace collabtender::app
