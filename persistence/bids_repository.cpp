#include "persistence/bids_repository.hpp"

#include <algorithm>

#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/bids.hpp"

namespace collabtender::persistence {
namespace {

// A submission_record (sql/040_statement_helpers.sql).
SubmissionRecord submission_from(const pqxx::row& r) {
    const RowFields f{r};
    return {domain::SubmissionId{f.text("id")},
            domain::BidId{f.text("bid_id")},
            f.integer("stage"),
            f.integer("version"),
            f.text("content"),
            f.text("sha256"),
            f.text("submitted_by"),
            f.time("submitted_at"),
            f.text("idempotency_key"),
            f.optional_time("withdrawn_at"),
            f.optional_text("declaration"),
            f.optional_text("signed_draft_sha256")};
}

// A bid_record, from a row or JSON.
template <typename F>
BidRecord bid_of(const F& f) {
    return {domain::BidId{f.text("id")},
            domain::ConsortiumId{f.text("consortium_id")},
            domain::TenderId{f.text("tender_id")},
            domain::LotId{f.text("lot_id")},
            f.text("draft"),
            f.integer("draft_version")};
}

}  // namespace

BidRecord bid_from(const pqxx::row& r) { return bid_of(RowFields{r}); }
BidRecord bid_from(const Fields& f) { return bid_of(f); }

domain::BidId insert_bid(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::TenderId& tender_id,
                         const domain::LotId& lot_id, const domain::UserId& user_id, domain::TimePoint now) {
    return tx.exec_prepared1(sql::bid_insert, consortium_id, tender_id, lot_id, user_id, micros(now))[0]
        .as<domain::BidId>();
}

std::map<domain::ConsortiumId, std::vector<BidRecord>> bids_of_consortia(
    Tx& tx, const std::vector<domain::ConsortiumId>& consortium_ids) {
    std::map<domain::ConsortiumId, std::vector<BidRecord>> out;
    const auto ids = id_list(consortium_ids);
    if (ids.empty()) return out;
    for (const auto& row : tx.exec_prepared(sql::bid_list_of_consortia, ids)) {
        auto bid = bid_from(row);
        out[bid.consortium_id].push_back(std::move(bid));
    }
    return out;
}

std::map<std::string, std::string> bid_consortium_names(Tx& tx, const domain::LotId& lot_id) {
    std::map<std::string, std::string> out;
    for (const auto& row : tx.exec_prepared(sql::bid_consortium_names, lot_id))
        out.emplace(row[0].as<std::string>(), row[1].as<std::string>());
    return out;
}

std::optional<int> update_draft(Tx& tx, const domain::BidId& id, int expected_version, const std::string& draft_json,
                                domain::TimePoint now) {
    const auto rows = tx.exec_prepared(sql::bid_update_draft, id, expected_version, draft_json, micros(now));
    if (rows.empty()) return std::nullopt;
    return rows[0][0].as<int>();
}

std::array<std::vector<domain::BidId>, 2> lot_standing_bids(Tx& tx, const domain::LotId& lot_id) {
    std::array<std::vector<domain::BidId>, 2> out;
    for (const auto& r : tx.exec_prepared(sql::lot_bids_standing_by_stage, lot_id))
        out[static_cast<std::size_t>(r[0].as<int>() - 1)].push_back(r[1].as<domain::BidId>());
    return out;
}

std::vector<SubmissionRecord> list_submissions(Tx& tx, const domain::BidId& bid_id) {
    std::vector<SubmissionRecord> out;
    for (const auto& row : tx.exec_prepared(sql::submission_list, bid_id)) out.push_back(submission_from(row));
    return out;
}

std::map<domain::BidId, std::vector<SubmissionRecord>> submissions_of_consortium(Tx& tx,
                                                                                const domain::ConsortiumId& consortium_id) {
    std::map<domain::BidId, std::vector<SubmissionRecord>> out;
    for (const auto& row : tx.exec_prepared(sql::submission_list_of_consortium, consortium_id)) {
        auto submission = submission_from(row);
        out[submission.bid_id].push_back(std::move(submission));
    }
    return out;
}

std::map<domain::BidId, std::vector<SubmissionStamp>> submission_stamps(
    Tx& tx, const std::vector<domain::ConsortiumId>& consortium_ids) {
    std::map<domain::BidId, std::vector<SubmissionStamp>> out;
    const auto ids = id_list(consortium_ids);
    if (ids.empty()) return out;
    for (const auto& r : tx.exec_prepared(sql::submission_stamps_of_consortia, ids)) {
        const RowFields f{r};
        const auto bid_id = r["bid_id"].as<domain::BidId>();
        out[bid_id].push_back({bid_id, f.integer("stage"), f.integer("version"), f.time("submitted_at"),
                               f.optional_time("withdrawn_at")});
    }
    return out;
}

SubmissionRecord record_submission(Tx& tx, const SubmissionRecord& s, const domain::ConsortiumId& consortium_id) {
    return submission_from(tx.exec_prepared1(sql::submission_insert, s.bid_id, s.stage, s.version, s.content_json, s.sha256,
                                             s.submitted_by, micros(s.submitted_at), s.idempotency_key, s.declaration,
                                             s.signed_draft_sha256, consortium_id));
}

SubmissionKeyCheck submission_by_key(Tx& tx, const domain::BidId& bid_id, const std::string& idempotency_key) {
    SubmissionKeyCheck out;
    for (const auto& row : tx.exec_prepared(sql::submission_by_key_or_latest, bid_id, idempotency_key)) {
        auto s = submission_from(row);
        out.latest_version = std::max(out.latest_version, s.version);
        if (s.idempotency_key == idempotency_key) out.sent_with_key = std::move(s);
    }
    return out;
}

void withdraw_submission(Tx& tx, const domain::SubmissionId& submission_id, domain::TimePoint now) {
    tx.exec_prepared0(sql::submission_withdraw, submission_id, micros(now));
}

std::vector<LotBidCount> bid_counts(Tx& tx, const domain::TenderId& tender_id) {
    std::vector<LotBidCount> out;
    for (const auto& r : tx.exec_prepared(sql::bid_counts, tender_id))
        out.push_back({r[0].as<domain::LotId>(), r[1].as<int>()});
    return out;
}

void wait_for_submissions(Tx& tx, const domain::TenderId& tender_id) {
    tx.exec_prepared(sql::bids_share_lock, tender_id);
}

std::vector<SubmissionRecord> standing_submissions(Tx& tx, const domain::TenderId& tender_id, int stage,
                                                   const std::optional<domain::LotId>& lot_id) {
    std::vector<SubmissionRecord> out;
    for (const auto& row : tx.exec_prepared(sql::submissions_standing, tender_id, stage, lot_id))
        out.push_back(submission_from(row));
    return out;
}

namespace {

// A row of bids_standing or bids_standing_in_stages.
StandingBid standing_bid_from(const pqxx::row& r) {
    return {r["bid_id"].as<domain::BidId>(), r["lot_id"].as<domain::LotId>(),
            r["consortium_id"].as<domain::ConsortiumId>(), RowFields{r}.time("submitted_at"),
            r["consortium"].as<std::string>()};
}

}  // namespace

std::vector<StandingBid> standing_bids(Tx& tx, const domain::TenderId& tender_id, int stage,
                                       const std::optional<domain::LotId>& lot_id) {
    std::vector<StandingBid> out;
    for (const auto& row : tx.exec_prepared(sql::bids_standing, tender_id, stage, lot_id))
        out.push_back(standing_bid_from(row));
    return out;
}

std::vector<StandingBid> standing_bids_in_stages(Tx& tx, const std::vector<TenderStage>& stages) {
    std::vector<StandingBid> out;
    if (stages.empty()) return out;
    const auto [tenders, numbers] = stage_lists(stages);
    for (const auto& row : tx.exec_prepared(sql::bids_standing_in_stages, tenders, numbers))
        out.push_back(standing_bid_from(row));
    return out;
}

std::optional<SubmissionRecord> standing_submission(Tx& tx, const domain::BidId& bid_id, int stage) {
    const auto rows = tx.exec_prepared(sql::submission_standing_for_bid, bid_id, stage);
    if (rows.empty()) return std::nullopt;
    return submission_from(rows[0]);
}

namespace {

// A row of reconfirmation_list, reconfirmation_list_of_consortia or reconfirmation_open_of_lot.
Reconfirmation reconfirmation_from(const pqxx::row& r) {
    const RowFields f{r};
    return {r["bid_id"].as<domain::BidId>(),   r["clarification_id"].as<domain::ClarificationId>(),
            f.integer("stage"),                f.time("required_at"),
            f.optional_text("resolution"),     f.optional_text("resolved_by"),
            f.optional_text("resolved_by_name"), f.optional_time("resolved_at")};
}

}  // namespace

void require_reconfirmations(Tx& tx, const std::vector<domain::BidId>& bid_ids,
                             const domain::ClarificationId& clarification_id, int stage, domain::TimePoint now) {
    if (bid_ids.empty()) return;
    std::string ids;
    for (const auto& id : bid_ids) ids += (ids.empty() ? "" : ",") + id.str();
    tx.exec_prepared0(sql::reconfirmation_insert, ids, clarification_id, stage, micros(now));
}

std::vector<Reconfirmation> reconfirmations(Tx& tx, const domain::BidId& bid_id) {
    std::vector<Reconfirmation> out;
    for (const auto& row : tx.exec_prepared(sql::reconfirmation_list, bid_id)) out.push_back(reconfirmation_from(row));
    return out;
}

std::map<domain::BidId, std::vector<Reconfirmation>> reconfirmations_of_consortia(
    Tx& tx, const std::vector<domain::ConsortiumId>& consortium_ids) {
    std::map<domain::BidId, std::vector<Reconfirmation>> out;
    const auto ids = id_list(consortium_ids);
    if (ids.empty()) return out;
    for (const auto& row : tx.exec_prepared(sql::reconfirmation_list_of_consortia, ids)) {
        auto r = reconfirmation_from(row);
        out[r.bid_id].push_back(std::move(r));
    }
    return out;
}

std::vector<Reconfirmation> open_reconfirmations_of_lot(Tx& tx, const domain::LotId& lot_id) {
    std::vector<Reconfirmation> out;
    for (const auto& row : tx.exec_prepared(sql::reconfirmation_open_of_lot, lot_id))
        out.push_back(reconfirmation_from(row));
    return out;
}

int resolve_reconfirmations(Tx& tx, const domain::BidId& bid_id, int stage, const std::string& resolution,
                            const domain::UserId& user_id, domain::TimePoint now) {
    return static_cast<int>(
        tx.exec_prepared(sql::reconfirmation_resolve, bid_id, stage, resolution, user_id, micros(now)).affected_rows());
}

}  // namespace collabtender::persistence
