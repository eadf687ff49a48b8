#include "app/bids/draft.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "app/json_fields.hpp"
#include "app/sha256.hpp"
#include "domain/consortium.hpp"
#include "domain/overloaded.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {
namespace {

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
    std::visit(domain::Overloaded{
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

}  // namespace

boost::json::object draft_of(const BidContext& c) { return persistence::parse_stored_json(c.bid.draft_json).as_object(); }

std::vector<std::optional<std::string>> responses_of(const boost::json::object& draft, std::size_t count) {
    std::vector<std::optional<std::string>> out(count);
    if (const auto* responses = draft.if_contains("responses"))
        for (std::size_t i = 0; i < count; ++i)
            if (const auto* text = responses->as_object().if_contains(std::to_string(i)); text && text->is_string())
                out[i] = std::string{text->as_string()};
    return out;
}

domain::Violations submission_problems(const BidContext& c) {
    const auto draft = draft_of(c);
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

boost::json::object canonical_content(const BidContext& c, int stage, int version,
                                      const std::vector<persistence::DocumentRecord>& documents) {
    const auto draft = draft_of(c);
    boost::json::array members, responses, declarations, files;
    for (const auto& d : documents)
        files.push_back(boost::json::object{{"id", d.id},
                                            {"filename", d.filename},
                                            {"sha256", d.sha256},
                                            {"visibility", d.visibility},
                                            {"organisation_id", d.uploaded_by_organisation},
                                            {"requirement", d.requirement ? boost::json::value(*d.requirement) : nullptr}});
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

std::string draft_digest(const BidContext& c, int stage, const std::vector<persistence::DocumentRecord>& documents) {
    return sha256_hex(boost::json::serialize(canonical_content(c, stage, 0, documents)));
}

std::string draft_digest(const BidContext& c, int stage) { return draft_digest(c, stage, c.documents); }

domain::Violations missing_sign_offs(const BidContext& c, const std::string& digest) {
    domain::Violations out;
    for (const auto& m : c.consortium.members) {
        if (m.member.status != domain::MemberStatus::accepted) continue;
        const bool done = std::any_of(c.sign_offs.begin(), c.sign_offs.end(), [&](const auto& s) {
            return s.organisation_id == m.member.organisation_id && s.draft_sha256 == digest;
        });
        if (!done)
            out.push_back({"/sign_offs/" + m.member.organisation_id.str(), "missing",
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

}  // namespace collabtender::app
