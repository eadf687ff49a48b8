#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::persistence {

struct TieBreakRecord {
    domain::BidId bid_id;
    int position = 1;
    std::string reason;
};
// Replaces the lot's recorded order among tied bids.
void replace_tie_breaks(Tx& tx, const domain::LotId& lot_id, const std::vector<TieBreakRecord>& order,
                        const domain::UserId& user_id, domain::TimePoint now);
std::vector<TieBreakRecord> tie_breaks(Tx& tx, const domain::LotId& lot_id);

// A lot's ranking kept ready between changes to its inputs (sql/031_lot_ranking.sql).
// `format` numbers the shape of the stored answer: a body written in another
// shape (by an older release) is not served.
struct StoredRanking {
    std::int64_t generation = 0;      // changes to the ranking's inputs so far
    std::optional<std::string> body;  // the ranking computed at `generation` in `format`, if there is one
};
// Read before anything the ranking is computed from, so that a ranking computed
// in this transaction is no newer than the generation it is stored with.
StoredRanking stored_ranking(Tx& tx, const domain::LotId& lot_id, int format);
// The same with the lot's tender and whether the lot is cancelled, in one round
// trip: all a read of a ranking kept ready needs. Nothing when there is no such lot.
struct LotRankingRead {
    TenderRecord tender;
    bool lot_cancelled = false;
    StoredRanking stored;
};
std::optional<LotRankingRead> read_lot_ranking(Tx& tx, const domain::LotId& lot_id, int format);
// Keeps `body` as the ranking at `generation`, unless the inputs have changed since.
void store_ranking(Tx& tx, const domain::LotId& lot_id, std::int64_t generation, int format, const std::string& body);

struct AwardRecord {
    domain::AwardId id;
    domain::LotId lot_id;
    domain::BidId bid_id;
    std::string status;  // proposed, suspended, confirmed
    std::optional<std::string> suspension_reason;
    std::optional<std::string> contract_start;  // YYYY-MM-DD
    std::optional<int> contract_term_months;
    std::optional<int> contract_extension_months;
    std::optional<std::int64_t> contract_value_pence;
    std::optional<domain::TimePoint> confirmed_at;
    std::string consortium;  // the awarded bid's consortium, by name
};

struct AwardDecision {
    domain::LotId lot_id;
    domain::TenderId tender_id;
    std::optional<std::string> override_reason;
    domain::TimePoint decided_at;
    domain::TimePoint standstill_ends_at;
    std::vector<AwardRecord> awards;
};

// Fills in the awards' ids, so that the decision reads as find_award_decision would.
void insert_award_decision(Tx& tx, AwardDecision& decision, const domain::UserId& user_id);
std::optional<AwardDecision> find_award_decision(Tx& tx, const domain::LotId& lot_id);
std::vector<AwardDecision> award_decisions(Tx& tx, const domain::TenderId& tender_id);
// With `lock`, the award row stays locked until the transaction ends.
std::optional<AwardRecord> find_award(Tx& tx, const domain::AwardId& id, bool lock = false);
void set_award_status(Tx& tx, const domain::AwardId& id, const std::string& status,
                      const std::optional<std::string>& suspension_reason);
struct Contract {
    std::string start;  // YYYY-MM-DD
    int term_months = 0;
    int extension_months = 0;
    std::int64_t value_pence = 0;
};
void confirm_award(Tx& tx, const domain::AwardId& id, const Contract& contract, domain::TimePoint now);

// The tender a lot belongs to, if the lot exists.
std::optional<std::string> tender_of_lot(Tx& tx, const domain::LotId& lot_id);

}  // namespace collabtender::persistence
