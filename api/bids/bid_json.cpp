#include "api/bids/bid_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "api/tenders/tender_json.hpp"
#include "app/bids/draft.hpp"
#include "app/evaluation/gates.hpp"
#include "domain/bid.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

boost::json::value exclusion_json(const app::BidContext& c) { return exclusion_json(c.gates, c.stage1_gate_results); }

boost::json::value exclusion_json(const std::vector<domain::Gate>& gates,
                                  const std::vector<persistence::GateResultRecord>& stage1_results) {
    const auto failed = app::failed_gates(stage1_results);
    if (failed.empty()) return nullptr;
    boost::json::array items;
    for (const auto& r : failed) {
        const auto& gate = gates.at(static_cast<std::size_t>(r.gate));
        items.push_back(boost::json::object{{"gate", r.gate},
                                            {"kind", domain::gate_kind(gate.parameters)},
                                            {"title", domain::gate_title(gate.parameters)},
                                            {"reason", r.result.reason}});
    }
    return boost::json::object{{"stage", 1}, {"failed", std::move(items)}};
}

boost::json::object receipt_json(const persistence::SubmissionRecord& s) {
    boost::json::object out{{"submission_id", s.id}, {"bid_id", s.bid_id},
                            {"stage", s.stage},      {"version", s.version},
                            {"sha256", s.sha256},    {"submitted_at", domain::format_rfc3339(s.submitted_at)},
                            {"withdrawn", s.withdrawn_at.has_value()},
                            {"declaration", nullable(s.declaration)},
                            {"signed_draft_sha256", nullable(s.signed_draft_sha256)}};
    if (s.withdrawn_at) out["withdrawn_at"] = domain::format_rfc3339(*s.withdrawn_at);
    return out;
}

boost::json::array reconfirmations_json(const std::vector<persistence::Reconfirmation>& reconfirmations) {
    boost::json::array out;
    for (const auto& r : reconfirmations) {
        boost::json::value resolved_by = nullptr;
        if (r.resolved_by)
            resolved_by = boost::json::object{{"id", *r.resolved_by}, {"display_name", nullable(r.resolved_by_name)}};
        out.push_back(boost::json::object{{"clarification_id", r.clarification_id},
                                          {"stage", r.stage},
                                          {"required_at", domain::format_rfc3339(r.required_at)},
                                          {"resolution", nullable(r.resolution)},
                                          {"resolved_at", nullable(r.resolved_at)},
                                          {"resolved_by", std::move(resolved_by)}});
    }
    return out;
}

boost::json::value lot_cancellation_json(const persistence::LotRecord& lot) {
    if (!lot.cancellation) return nullptr;
    return boost::json::object{{"cancelled_at", domain::format_rfc3339(lot.cancellation->at)},
                               {"reason", lot.cancellation->reason}};
}

boost::json::object bid_json(const app::BidContext& c, const std::vector<persistence::SubmissionRecord>& submissions) {
    const auto draft = app::draft_of(c);
    const auto responses = app::responses_of(draft, c.criteria.size());
    boost::json::array criteria, gates, receipts;
    for (std::size_t i = 0; i < c.criteria.size(); ++i) {
        auto one = criteria_json({c.criteria[i]}).at(0).as_object();
        one["words"] = responses[i] ? domain::word_count(*responses[i]) : 0;
        criteria.push_back(std::move(one));
    }
    for (const auto& gate : c.gates) gates.push_back(gate_json(gate));
    for (const auto& s : submissions) receipts.push_back(receipt_json(s));
    const bool last_withdrawn = !submissions.empty() && submissions.back().withdrawn_at.has_value();
    return {{"id", c.bid.id},
            {"status", domain::bid_status(c.lot.cancellation.has_value(), app::reconfirmation_requests(c.reconfirmations),
                                          !app::failed_gates(c.stage1_gate_results).empty(), !submissions.empty(),
                                          last_withdrawn)},
            {"exclusion", exclusion_json(c)},
            {"reconfirmations", reconfirmations_json(c.reconfirmations)},
            {"lot_cancellation", lot_cancellation_json(c.lot)},
            {"consortium_id", c.bid.consortium_id},
            {"tender_id", c.bid.tender_id},
            {"lot_id", c.bid.lot_id},
            {"draft_version", c.bid.draft_version},
            {"draft", draft},
            {"criteria", std::move(criteria)},
            {"gates", std::move(gates)},
            {"submissions", std::move(receipts)},
            {"submission_declaration", domain::submission_declaration}};
}

}  // namespace collabtender::api
