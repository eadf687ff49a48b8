#include "persistence/awards_repository.hpp"

#include <algorithm>
#include <chrono>

#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/awards.hpp"

namespace collabtender::persistence {
namespace {

// An award_record or award_decision_record (sql/040_statement_helpers.sql).
template <typename F>
AwardRecord award_of(const F& f) {
    return AwardRecord{domain::AwardId{f.text("id")},
                       domain::LotId{f.text("lot_id")},
                       domain::BidId{f.text("bid_id")},
                       f.text("status"),
                       f.optional_text("suspension_reason"),
                       f.optional_text("contract_start"),
                       f.optional_integer("contract_term_months"),
                       f.optional_integer("contract_extension_months"),
                       f.optional_number("contract_value_pence"),
                       f.optional_time("confirmed_at"),
                       f.text("consortium")};
}

std::vector<AwardDecision> decisions_from(const pqxx::result& rows) {
    std::vector<AwardDecision> out;
    for (const auto& r : rows) {
        const RowFields f{r};
        out.push_back({domain::LotId{f.text("lot_id")}, domain::TenderId{f.text("tender_id")},
                       f.optional_text("override_reason"), f.time("decided_at"), f.time("standstill_ends_at"),
                       list<AwardRecord>(r["awards"], award_of<Fields>)});
    }
    return out;
}

}  // namespace

void replace_tie_breaks(Tx& tx, const domain::LotId& lot_id, const std::vector<TieBreakRecord>& order,
                        const domain::UserId& user_id, domain::TimePoint now) {
    tx.exec_prepared0(sql::tie_break_delete, lot_id);
    for (const auto& t : order)
        tx.exec_prepared0(sql::tie_break_insert, lot_id, t.bid_id, t.position, t.reason, user_id, micros(now));
}

std::vector<TieBreakRecord> tie_breaks(Tx& tx, const domain::LotId& lot_id) {
    std::vector<TieBreakRecord> out;
    for (const auto& r : tx.exec_prepared(sql::tie_break_list, lot_id))
        out.push_back({r["bid_id"].as<domain::BidId>(), r["position"].as<int>(), r["reason"].as<std::string>()});
    return out;
}

StoredRanking stored_ranking(Tx& tx, const domain::LotId& lot_id, int format) {
    const auto rows = tx.exec_prepared(sql::lot_ranking_stored, lot_id, format);
    if (rows.empty()) return {};
    return {rows[0][0].as<std::int64_t>(), optional_text(rows[0][1])};
}

std::optional<LotRankingRead> read_lot_ranking(Tx& tx, const domain::LotId& lot_id, int format) {
    if (!is_uuid(lot_id)) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::lot_ranking_read, lot_id, format);
    if (rows.empty()) return std::nullopt;
    const auto& r = rows[0];
    return LotRankingRead{tender_from(r), r["cancelled"].as<bool>(),
                          {r["generation"].as<std::int64_t>(), optional_text(r["body"])}};
}

void store_ranking(Tx& tx, const domain::LotId& lot_id, std::int64_t generation, int format, const std::string& body) {
    tx.exec_prepared0(sql::lot_ranking_store, lot_id, generation, body, format);
}

void insert_award_decision(Tx& tx, AwardDecision& d, const domain::UserId& user_id) {
    std::string bids;
    for (const auto& a : d.awards) bids += (bids.empty() ? "" : ",") + a.bid_id.str();
    const auto rows = tx.exec_prepared(sql::award_decision_insert, d.lot_id, d.tender_id, d.override_reason, user_id,
                                       micros(d.decided_at), micros(d.standstill_ends_at), bids);
    for (const auto& row : rows)
        for (auto& award : d.awards)
            if (award.bid_id == row["bid_id"].as<domain::BidId>()) award.id = row["id"].as<domain::AwardId>();
    // As award_decision_record has them: times to the microsecond, awards by id.
    d.decided_at = std::chrono::floor<std::chrono::microseconds>(d.decided_at);
    d.standstill_ends_at = std::chrono::floor<std::chrono::microseconds>(d.standstill_ends_at);
    std::sort(d.awards.begin(), d.awards.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
}

std::optional<AwardDecision> find_award_decision(Tx& tx, const domain::LotId& lot_id) {
    auto all = decisions_from(tx.exec_prepared(sql::award_decision_by_lot, lot_id));
    if (all.empty()) return std::nullopt;
    return std::move(all.front());
}

std::vector<AwardDecision> award_decisions(Tx& tx, const domain::TenderId& tender_id) {
    return decisions_from(tx.exec_prepared(sql::award_decision_list, tender_id));
}

std::optional<AwardRecord> find_award(Tx& tx, const domain::AwardId& id, bool lock) {
    if (!is_uuid(id)) return std::nullopt;
    const auto rows = tx.exec_prepared(lock ? sql::award_by_id_for_update : sql::award_by_id, id);
    if (rows.empty()) return std::nullopt;
    return award_of(RowFields{rows[0]});
}

void set_award_status(Tx& tx, const domain::AwardId& id, const std::string& status,
                      const std::optional<std::string>& suspension_reason) {
    tx.exec_prepared0(sql::award_set_status, id, status, suspension_reason);
}

void confirm_award(Tx& tx, const domain::AwardId& id, const Contract& c, domain::TimePoint now) {
    tx.exec_prepared0(sql::award_confirm, id, c.start, c.term_months, c.extension_months, c.value_pence, micros(now));
}

std::optional<std::string> tender_of_lot(Tx& tx, const domain::LotId& lot_id) {
    if (!is_uuid(lot_id)) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::lot_tender, lot_id);
    if (rows.empty()) return std::nullopt;
    return rows[0][0].as<std::string>();
}

}  // namespace collabtender::persistence
