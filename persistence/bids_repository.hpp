#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::persistence {

struct BidRecord {
    domain::BidId id;
    domain::ConsortiumId consortium_id;
    domain::TenderId tender_id;
    domain::LotId lot_id;
    std::string draft_json;  // {"responses": {"0": text}, "declarations": {"0": {...}}}
    int draft_version = 0;
};

struct SubmissionRecord {
    domain::SubmissionId id;
    domain::BidId bid_id;
    int stage = 1;
    int version = 1;
    std::string content_json;
    std::string sha256;
    std::string submitted_by;
    domain::TimePoint submitted_at;
    std::string idempotency_key;
    std::optional<domain::TimePoint> withdrawn_at;
    std::optional<std::string> declaration;          // the words its sender confirmed
    std::optional<std::string> signed_draft_sha256;  // the draft digest the sign-offs named
};

domain::BidId insert_bid(Tx& tx, const domain::ConsortiumId& consortium_id, const domain::TenderId& tender_id,
                         const domain::LotId& lot_id, const domain::UserId& user_id, domain::TimePoint now);
// The bids of several consortia, by consortium id, in one statement.
std::map<domain::ConsortiumId, std::vector<BidRecord>> bids_of_consortia(
    Tx& tx, const std::vector<domain::ConsortiumId>& consortium_ids);
// The name of each bid's consortium, by bid id, for a whole lot.
std::map<std::string, std::string> bid_consortium_names(Tx& tx, const domain::LotId& lot_id);
// The new draft version, or nothing when `expected_version` is stale.
std::optional<int> update_draft(Tx& tx, const domain::BidId& id, int expected_version, const std::string& draft_json,
                                domain::TimePoint now);

// Oldest first.
std::vector<SubmissionRecord> list_submissions(Tx& tx, const domain::BidId& bid_id);
// Each of a consortium's bids' submissions, oldest first, by bid; a bid never sent has none.
std::map<domain::BidId, std::vector<SubmissionRecord>> submissions_of_consortium(Tx& tx,
                                                                                const domain::ConsortiumId& consortium_id);
// When each of a consortium's bids was submitted, without the content: oldest first.
struct SubmissionStamp {
    domain::BidId bid_id;
    int stage = 1;
    int version = 1;
    domain::TimePoint submitted_at;
    std::optional<domain::TimePoint> withdrawn_at;
};
// The stamps of every bid of several consortia, by bid id, each oldest first.
std::map<domain::BidId, std::vector<SubmissionStamp>> submission_stamps(
    Tx& tx, const std::vector<domain::ConsortiumId>& consortium_ids);
// Records a new version in one statement: the receipt (returned with its id), the
// consortium's membership locked at its first submission, the version of each
// section sent, and the bid's open reconfirmations for the stage answered as
// "resubmitted" by the sender.
SubmissionRecord record_submission(Tx& tx, const SubmissionRecord& submission,
                                   const domain::ConsortiumId& consortium_id);
// The submission sent with this Idempotency-Key, if any, and the bid's latest
// version (0 before the first).
struct SubmissionKeyCheck {
    std::optional<SubmissionRecord> sent_with_key;
    int latest_version = 0;
};
SubmissionKeyCheck submission_by_key(Tx& tx, const domain::BidId& bid_id, const std::string& idempotency_key);
void withdraw_submission(Tx& tx, const domain::SubmissionId& submission_id, domain::TimePoint now);

struct LotBidCount {
    domain::LotId lot_id;
    int bids;
};
// Bids whose latest submission stands (not withdrawn), per lot: all that may be
// known of sealed bids before the deadline.
std::vector<LotBidCount> bid_counts(Tx& tx, const domain::TenderId& tender_id);
// Takes a share lock on the tender's bids: waits for submissions in flight.
void wait_for_submissions(Tx& tx, const domain::TenderId& tender_id);
// The latest standing submission of each bid for a stage (of one lot, if given),
// once it may be opened.
std::vector<SubmissionRecord> standing_submissions(Tx& tx, const domain::TenderId& tender_id, int stage,
                                                   const std::optional<domain::LotId>& lot_id = std::nullopt);
// The same bids without their content, for readers that need none.
struct StandingBid {
    domain::BidId bid_id;
    domain::LotId lot_id;
    domain::ConsortiumId consortium_id;
    domain::TimePoint submitted_at;
    std::string consortium;  // the partnership's name
};
std::vector<StandingBid> standing_bids(Tx& tx, const domain::TenderId& tender_id, int stage,
                                       const std::optional<domain::LotId>& lot_id = std::nullopt);
// The same for several tenders, each in its own stage, in one statement.
std::vector<StandingBid> standing_bids_in_stages(Tx& tx, const std::vector<TenderStage>& stages);
// The ids of a lot's bids standing in stage 1 ([0]) and stage 2 ([1]), each in
// submission order, in one statement.
std::array<std::vector<domain::BidId>, 2> lot_standing_bids(Tx& tx, const domain::LotId& lot_id);
// One bid's latest submission for the stage, unless withdrawn or not evaluable.
std::optional<SubmissionRecord> standing_submission(Tx& tx, const domain::BidId& bid_id, int stage);

// A correction published after a bid's submission, which its partnership must
// reconfirm (or answer with a new submission) before the stage's deadline. Until
// then the bid does not stand: lists of standing bids leave it out.
struct Reconfirmation {
    domain::BidId bid_id;
    domain::ClarificationId clarification_id;
    int stage = 1;
    domain::TimePoint required_at;
    std::optional<std::string> resolution;  // "confirmed", "resubmitted" or "withdrawn"
    std::optional<std::string> resolved_by;
    std::optional<std::string> resolved_by_name;  // their display name, read with it
    std::optional<domain::TimePoint> resolved_at;
};
// Each of the bids must reconfirm for the clarification, in one statement.
void require_reconfirmations(Tx& tx, const std::vector<domain::BidId>& bid_ids,
                             const domain::ClarificationId& clarification_id, int stage, domain::TimePoint now);
// A bid's, oldest first.
std::vector<Reconfirmation> reconfirmations(Tx& tx, const domain::BidId& bid_id);
// Every bid's of several consortia, by bid, each oldest first.
std::map<domain::BidId, std::vector<Reconfirmation>> reconfirmations_of_consortia(
    Tx& tx, const std::vector<domain::ConsortiumId>& consortium_ids);
// Those of a lot's bids still waiting.
std::vector<Reconfirmation> open_reconfirmations_of_lot(Tx& tx, const domain::LotId& lot_id);
// Resolves every waiting one of the bid for the stage; how many there were.
int resolve_reconfirmations(Tx& tx, const domain::BidId& bid_id, int stage, const std::string& resolution,
                            const domain::UserId& user_id, domain::TimePoint now);

}  // namespace collabtender::persistence
