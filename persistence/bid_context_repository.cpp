#include "persistence/bid_context_repository.hpp"

#include <boost/json.hpp>

#include "domain/consortium.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/json_fields.hpp"
#include "persistence/stored_json.hpp"
#include "persistence/tx.hpp"

namespace collabtender::persistence {
namespace {

// Where each record's columns begin in the row (persistence/statements.cpp,
// bid_context_sql): the tender's 32, the consortium's 10, the bid's 6, the lot's.
constexpr int consortium_at = tender_column_count;
constexpr int bid_at = consortium_at + 10;
constexpr int lot_at = bid_at + 6;

}  // namespace

std::optional<BidFacts> bid_facts(Tx& tx, const std::string& bid_id, BidLock lock) {
    if (!is_uuid(bid_id)) return std::nullopt;
    const char* statement = lock == BidLock::none ? "bid_context"
                            : lock == BidLock::bid ? "bid_context_locking_bid"
                                                   : "bid_context_locking_membership";
    const auto rows = tx.exec_prepared(statement, bid_id);
    if (rows.empty()) return std::nullopt;
    const auto& r = rows[0];
    BidFacts facts{bid_from(r, bid_at), consortium_from(r, consortium_at), tender_from(r), lot_from(r, lot_at),
                   {}, {}, {}, {}, {}, {}, {}};
    facts.consortium.members = members_from(r["members"]);
    facts.criteria = list<domain::Criterion>(r["criteria"], [](const Fields& f) {
        return domain::Criterion{f.text("title"), f.text("bidder_guidance"), f.text("panel_guidance"),
                                 f.integer("weight"), f.integer("word_limit"), f.optional_integer("min_score")};
    });
    facts.gates = list<StoredGate>(r["gates"], [](const Fields& f) {
        return StoredGate{f.optional_text("lot_id"), f.text("kind"), f.text("parameters")};
    });
    facts.required_documents = list<RequiredDocument>(r["required_documents"], [](const Fields& f) {
        return RequiredDocument{f.text("title"), f.text("guidance")};
    });
    facts.documents = list<DocumentRecord>(r["documents"], [&](const Fields& f) {
        return DocumentRecord{f.text("id"),         facts.bid.id,           f.text("uploaded_by_organisation"),
                              f.text("filename"),   f.text("media_type"),   f.number("size_bytes"),
                              f.text("sha256"),     f.text("visibility"),   f.time("uploaded_at"),
                              f.optional_integer("requirement")};
    });
    facts.reconfirmations = list<Reconfirmation>(r["reconfirmations"], [&](const Fields& f) {
        return Reconfirmation{facts.bid.id,           f.text("clarification_id"),         f.integer("stage"),
                              f.time("required_at"),  f.optional_text("resolution"),      f.optional_text("resolved_by"),
                              f.optional_text("resolved_by_name"), f.optional_time("resolved_at")};
    });
    facts.stage1_gate_results = list<GateResultRecord>(r["stage1_gate_results"], [](const Fields& f) {
        return GateResultRecord{f.integer("gate"),
                                {domain::parse_gate_outcome(f.text("outcome")).value(), f.text("reason")},
                                f.optional_text("decided_by"),
                                f.time("decided_at")};
    });
    facts.sign_offs = list<SignOff>(r["sign_offs"], [](const Fields& f) {
        return SignOff{f.text("organisation_id"), f.text("user_id"), f.text("user_name"), f.text("draft_sha256"),
                       f.time("signed_at")};
    });
    return facts;
}

}  // namespace collabtender::persistence
