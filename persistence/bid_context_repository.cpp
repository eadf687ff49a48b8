#include "persistence/bid_context_repository.hpp"

#include <boost/json.hpp>

#include "domain/consortium.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/stored_json.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/bid_context.hpp"

namespace collabtender::persistence {
namespace {

// One row of bid_context (persistence/sql/bid_context.sql).
BidFacts facts_from(const pqxx::row& r) {
    const auto bid = record_json(r["bid"]), consortium = record_json(r["consortium"]),
               tender = record_json(r["tender"]), lot = record_json(r["lot"]);
    BidFacts facts{bid_from(Fields{bid}), consortium_from(Fields{consortium}), tender_from(Fields{tender}),
                   lot_from(Fields{lot}), {}, {}, {}, {}, {}, {}, {}};
    facts.consortium.members = members_from(r["members"]);
    facts.criteria = criteria_from(r["criteria"]);
    facts.gates = gates_from(r["gates"]);
    facts.required_documents = list<RequiredDocument>(r["required_documents"], [](const Fields& f) {
        return RequiredDocument{f.text("title"), f.text("guidance")};
    });
    facts.documents =
        list<DocumentRecord>(r["documents"], [&](const Fields& f) { return document_from(f, facts.bid.id); });
    facts.reconfirmations = list<Reconfirmation>(r["reconfirmations"], [&](const Fields& f) {
        return Reconfirmation{facts.bid.id,
                              domain::ClarificationId{f.text("clarification_id")},
                              f.integer("stage"),
                              f.time("required_at"),
                              f.optional_text("resolution"),
                              f.optional_text("resolved_by"),
                              f.optional_text("resolved_by_name"),
                              f.optional_time("resolved_at")};
    });
    facts.stage1_gate_results = list<GateResultRecord>(r["stage1_gate_results"], [](const Fields& f) {
        return GateResultRecord{f.integer("gate"),
                                {domain::parse_gate_outcome(f.text("outcome")).value(), f.text("reason")},
                                optional_id<domain::UserId>(f.optional_text("decided_by")),
                                f.time("decided_at")};
    });
    facts.sign_offs = list<SignOff>(r["sign_offs"], [](const Fields& f) {
        return SignOff{domain::OrganisationId{f.text("organisation_id")}, domain::UserId{f.text("user_id")},
                       f.text("user_name"), f.text("draft_sha256"), f.time("signed_at")};
    });
    return facts;
}

}  // namespace

std::optional<BidFacts> bid_facts(Tx& tx, const domain::BidId& bid_id, BidLock lock) {
    if (!is_uuid(bid_id)) return std::nullopt;
    if (lock != BidLock::none &&
        tx.exec_prepared(lock == BidLock::bid ? sql::lock_bid : sql::lock_bid_and_membership, bid_id).empty())
        return std::nullopt;
    const auto rows = tx.exec_prepared(sql::bid_context, bid_id);
    if (rows.empty()) return std::nullopt;
    return facts_from(rows[0]);
}

std::vector<BidFacts> bid_facts_of_consortium(Tx& tx, const domain::ConsortiumId& consortium_id) {
    std::vector<BidFacts> out;
    for (const auto& row : tx.exec_prepared(sql::bid_context_of_consortium, consortium_id)) out.push_back(facts_from(row));
    return out;
}

}  // namespace collabtender::persistence
