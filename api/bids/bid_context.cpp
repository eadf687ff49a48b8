#include "api/bids/bid_context.hpp"

#include <algorithm>
#include <iterator>

#include <boost/json.hpp>

#include "api/json_values.hpp"

#include "api/authorization.hpp"
#include "api/json_body.hpp"
#include "api/notifications/notices.hpp"
#include "api/problem.hpp"
#include "api/tenders/tender_json.hpp"
#include "domain/time_format.hpp"
#include "domain/bid.hpp"
#include "domain/consortium.hpp"
#include "persistence/sections_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {
namespace {

std::vector<std::optional<std::string>> responses_of(const boost::json::object& draft, std::size_t count) {
    std::vector<std::optional<std::string>> out(count);
    if (const auto* responses = draft.if_contains("responses"))
        for (std::size_t i = 0; i < count; ++i)
            if (const auto* text = responses->as_object().if_contains(std::to_string(i)); text && text->is_string())
                out[i] = std::string{text->as_string()};
    return out;
}

const boost::json::object* declaration_of(const boost::json::object& draft, std::size_t index) {
    const auto* declarations = draft.if_contains("declarations");
    if (declarations == nullptr) return nullptr;
    const auto* one = declarations->as_object().if_contains(std::to_string(index));
    return one && one->is_object() ? &one->as_object() : nullptr;
}

// The fields a declaration for each kind of gate must give; whether they pass is
// decided in evaluation.
domain::Violations check_declaration(const domain::Gate& gate, const boost::json::object& declaration,
                                     const std::string& at) {
    FieldReader fields{declaration, at};
    std::string text;
    bool flag = false;
    std::int64_t amount = 0;
    std::optional<domain::TimePoint> when;
    std::visit(Overloaded{
                   [&](const domain::CareInspectorateRegistration&) {
                       fields.text("service_number", text);
                       fields.object("grades");
                   },
                   [&](const domain::Insurance&) {
                       fields.money("employers_liability_pence", amount);
                       fields.money("public_liability_pence", amount);
                       fields.money("professional_indemnity_pence", amount);
                       fields.nullable_time("expires_at", when);
                       if (!when && !fields.has("expires_at")) fields.add({at + "/expires_at", "required", "is required"});
                   },
                   [&](const domain::MandatoryExclusions&) {
                       fields.boolean("any_ground_applies", flag);
                       fields.text("explanation", text, Need::optional);
                   },
                   [&](const domain::DiscretionaryExclusions&) {
                       fields.boolean("any_ground_applies", flag);
                       fields.text("explanation", text, Need::optional);
                   },
                   [&](const domain::FairWorkFirst&) {
                       fields.boolean("committed", flag);
                       fields.money("hourly_rate_pence", amount);
                   },
                   [&](const domain::RatesCatalogue&) { fields.boolean("accepted", flag); },
                   [&](const domain::CustomQuestion&) { fields.boolean("answer", flag); },
               },
               gate.parameters);
    return fields.findings();
}

boost::json::object parse_draft(const std::string& json) { return persistence::parse_stored_json(json).as_object(); }

}  // namespace

int require_open_stage(const persistence::TenderRecord& tender, domain::TimePoint now) {
    const auto stage = domain::open_stage(tender.status, tender.details.timetable, now);
    if (!stage) throw Problem{409, "submissions-closed", "Not open for bids", "No stage of this tender is open for bids."};
    return *stage;
}

void require_in_tender(const BidContext& c) {
    if (!failed_gates(c.stage1_gate_results).empty())
        throw Problem{409, "excluded", "Out of this tender",
                      "This bid did not meet a minimum requirement in stage 1, so it is out of this tender and cannot "
                      "be changed or sent again. " + exclusion_reasons(c.gates, c.stage1_gate_results)};
}

int require_open_stage(const BidContext& c, domain::TimePoint now) {
    const auto stage = require_open_stage(c.tender, now);
    require_in_tender(c);
    return stage;
}

boost::json::value exclusion_json(const BidContext& c) { return exclusion_json(c.gates, c.stage1_gate_results); }

boost::json::value exclusion_json(const std::vector<domain::Gate>& gates,
                                  const std::vector<persistence::GateResultRecord>& stage1_results) {
    const auto failed = failed_gates(stage1_results);
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

namespace {

// Everything a bid's rules look at, once access has been settled.
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

}  // namespace

BidContext member_bid(persistence::Tx& tx, const std::string& bid_id, const domain::Principal& principal,
                      persistence::BidLock lock) {
    if (auto facts = persistence::bid_facts(tx, bid_id, lock)) {
        const auto role = consortium_role(principal, facts->consortium, facts->tender);
        if (role == ConsortiumRole::lead || role == ConsortiumRole::member) return context_of(std::move(*facts));
    }
    throw problems::not_found("No such bid.");
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

std::string bid_status(const persistence::LotRecord& lot, const std::vector<persistence::Reconfirmation>& reconfirmations,
                       bool out, bool sent, bool last_withdrawn) {
    if (lot.cancellation) return "lot_cancelled";
    if (out) return "excluded";
    if (std::any_of(reconfirmations.begin(), reconfirmations.end(), [](const auto& r) { return !r.resolved_at; }))
        return "reconfirmation_required";
    if (!sent) return "draft";
    return last_withdrawn ? "withdrawn" : "submitted";
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

boost::json::value lot_cancellation_json(const persistence::LotRecord& lot) {
    if (!lot.cancellation) return nullptr;
    return boost::json::object{{"cancelled_at", domain::format_rfc3339(lot.cancellation->at)},
                               {"reason", lot.cancellation->reason}};
}

boost::json::object bid_json(const BidContext& c, const std::vector<persistence::SubmissionRecord>& submissions) {
    const auto draft = parse_draft(c.bid.draft_json);
    const auto responses = responses_of(draft, c.criteria.size());
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
            {"status", bid_status(c.lot, c.reconfirmations, !failed_gates(c.stage1_gate_results).empty(),
                                  !submissions.empty(), last_withdrawn)},
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

domain::Violations submission_problems(const BidContext& c) {
    const auto draft = parse_draft(c.bid.draft_json);
    auto out = domain::check_responses(responses_of(draft, c.criteria.size()), c.criteria);
    for (std::size_t i = 0; i < c.gates.size(); ++i) {
        const auto at = "/declarations/" + std::to_string(i);
        const auto* declaration = declaration_of(draft, i);
        if (declaration == nullptr) {
            out.push_back({at, "undeclared", "declare the " + std::string{domain::gate_kind(c.gates[i].parameters)} +
                                                 " requirement"});
            continue;
        }
        const auto found = check_declaration(c.gates[i], *declaration, at);
        out.insert(out.end(), found.begin(), found.end());
    }
    for (std::size_t i = 0; i < c.required_documents.size(); ++i)
        if (c.required_uploads[i] == 0)
            out.push_back({"/required_documents/" + std::to_string(i), "missing",
                           c.required_documents[i].title + ": upload at least one document"});
    for (auto v : domain::completeness(c.consortium.domain_members(), c.consortium.mou_sha256)) {
        v.pointer = "/consortium" + v.pointer;
        out.push_back(std::move(v));
    }
    return out;
}

std::string draft_digest(const BidContext& c, int stage, const std::vector<persistence::DocumentRecord>& documents) {
    return sha256_hex(boost::json::serialize(canonical_content(c, stage, 0, documents)));
}

std::string draft_digest(const BidContext& c, int stage) { return draft_digest(c, stage, c.documents); }

void void_changed_sign_offs(persistence::Tx& tx, const BidContext& c, const Context& context) {
    if (c.sign_offs.empty()) return;  // the common case, with nothing to read
    // The documents may have changed since the bid was read.
    const auto digest = draft_digest(c, require_open_stage(c, context.now),
                                     persistence::list_documents(tx, c.bid.id, std::nullopt));
    for (const auto& organisation : persistence::void_sign_offs(tx, c.bid.id, digest, context.now)) {
        const auto* member = c.consortium.member(organisation);
        if (!member || member->member.status != domain::MemberStatus::accepted) continue;  // it left: none of its business
        tell_about_bid(tx, context, c, "sign_off_voided", persistence::Audience::signatories, organisation);
    }
}

void void_consortium_sign_offs(persistence::Tx& tx, const std::string& consortium_id, const Context& context) {
    const auto consortium = persistence::find_consortium(tx, consortium_id);
    const auto tender = persistence::find_tender(tx, consortium->tender_id);
    if (!domain::open_stage(tender->status, tender->details.timetable, context.now)) return;
    // A consortium has a bid or two (one per lot at most).
    for (const auto& bid : persistence::list_bids(tx, consortium_id))
        void_changed_sign_offs(tx, context_of(*persistence::bid_facts(tx, bid.id, persistence::BidLock::none)), context);
}

domain::Violations missing_sign_offs(const BidContext& c, const std::string& digest) {
    domain::Violations out;
    for (const auto& m : c.consortium.members) {
        if (m.member.status != domain::MemberStatus::accepted) continue;
        const bool done = std::any_of(c.sign_offs.begin(), c.sign_offs.end(), [&](const auto& s) {
            return s.organisation_id == m.member.organisation_id && s.draft_sha256 == digest;
        });
        if (!done)
            out.push_back({"/sign_offs/" + m.member.organisation_id, "missing",
                           m.organisation_name + " has not signed off this draft"});
    }
    return out;
}

domain::Violations blocking_submission(const BidContext& c, int stage) {
    auto out = submission_problems(c);
    const auto unsigned_members = missing_sign_offs(c, draft_digest(c, stage));
    out.insert(out.end(), unsigned_members.begin(), unsigned_members.end());
    return out;
}

boost::json::object canonical_content(const BidContext& c, int stage, int version,
                                      const std::vector<persistence::DocumentRecord>& documents) {
    const auto draft = parse_draft(c.bid.draft_json);
    boost::json::array members, responses, declarations, files;
    for (const auto& d : documents)
        files.push_back(boost::json::object{{"id", d.id},
                                            {"filename", d.filename},
                                            {"sha256", d.sha256},
                                            {"visibility", d.visibility},
                                            {"organisation_id", d.uploaded_by_organisation},
                                            {"requirement", nullable(d.requirement)}});
    for (const auto& m : c.consortium.members)
        if (m.member.status == domain::MemberStatus::accepted)
            members.push_back(boost::json::object{{"organisation_id", m.member.organisation_id},
                                                  {"role", domain::to_string(m.member.role)},
                                                  {"share_bp", m.member.share_bp}});
    // A draft may be incomplete when it is signed off: what is missing is null.
    for (const auto& response : responses_of(draft, c.criteria.size()))
        responses.push_back(response ? boost::json::value(*response) : boost::json::value(nullptr));
    for (std::size_t i = 0; i < c.gates.size(); ++i) {
        const auto* declaration = declaration_of(draft, i);
        declarations.push_back(declaration ? boost::json::value(*declaration) : boost::json::value(nullptr));
    }
    return {{"bid_id", c.bid.id},       {"tender_id", c.bid.tender_id}, {"lot_id", c.bid.lot_id},
            {"consortium_id", c.bid.consortium_id}, {"stage", stage},   {"version", version},
            {"members", std::move(members)},        {"responses", std::move(responses)},
            {"declarations", std::move(declarations)}, {"documents", std::move(files)}};
}

}  // namespace collabtender::api
