#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/criteria.hpp"
#include "domain/gates.hpp"
#include "domain/ids.hpp"
#include "domain/lot.hpp"
#include "domain/required_document.hpp"
#include "domain/tender.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

struct TenderRecord {
    domain::TenderId id;
    domain::OrganisationId organisation_id;
    std::string buyer_name;  // the organisation's name, public with the tender
    domain::TenderStatus status;
    bool was_published;
    std::optional<std::string> cancel_reason;
    int version;
    domain::TenderDetails details;
    domain::TimePoint created_at;
    domain::TimePoint updated_at;
    std::optional<domain::TimePoint> pin_published_at;
    std::optional<domain::TimePoint> stage1_opened_at;
};

// A lot the commissioner cancelled once bidding had begun: no bid of it is
// evaluated or awarded.
struct LotCancellation {
    domain::TimePoint at;
    std::string reason;
    domain::UserId by;
};

struct LotRecord {
    domain::LotId id;
    domain::TenderId tender_id;
    int version;
    domain::LotDetails details;
    std::optional<LotCancellation> cancellation;
};

domain::TenderId insert_tender(Tx& tx, const domain::OrganisationId& organisation_id, const domain::UserId& created_by,
                               const domain::TenderDetails& details);
// With `lock`, the row stays locked until the transaction ends, so that state
// changes are decided one at a time.
std::optional<TenderRecord> find_tender(Tx& tx, const domain::TenderId& id, bool lock = false);
// The tenders of these ids (uuids), by id, in one statement.
std::map<domain::TenderId, TenderRecord> tenders_by_ids(Tx& tx, const std::vector<domain::TenderId>& ids);
// The new version, or nothing when `expected_version` is stale.
std::optional<int> update_tender(Tx& tx, const domain::TenderId& id, int expected_version,
                                 const domain::TenderDetails& details);
std::optional<int> bump_tender_version(Tx& tx, const domain::TenderId& id, int expected_version);
// Moves one stage's deadline (the tender locked by the caller); a new version.
void set_stage_deadline(Tx& tx, const domain::TenderId& id, int stage, domain::TimePoint deadline);
// Whether any provider has started a bid (a draft) for the tender.
bool tender_has_bids(Tx& tx, const domain::TenderId& id);
// Also records when the PIN was published and stage 1 opened. Returns the tender
// as it now is.
TenderRecord set_tender_status(Tx& tx, const domain::TenderId& id, domain::TenderStatus status,
                               const std::optional<std::string>& cancel_reason, domain::TimePoint now);
long count_clarifications(Tx& tx, const domain::TenderId& tender_id);

struct TenderQuery {
    std::optional<domain::TenderStatus> status;
    std::optional<domain::OrganisationId> owner_organisation_id;  // whose drafts the caller may see
    bool only_owners = false;                          // only that organisation's tenders
    int limit = 20;
    int offset = 0;
};
struct TenderPage {
    std::vector<TenderRecord> items;
    long total = 0;
};
TenderPage list_tenders(Tx& tx, const TenderQuery& query);

domain::LotId insert_lot(Tx& tx, const domain::TenderId& tender_id, const domain::LotDetails& lot);
// A lot with its tender, in one statement; with `lock_tender` the tender's row is
// locked, as find_tender's `for_update` does.
struct LotAndTender {
    TenderRecord tender;
    LotRecord lot;
};
std::optional<LotAndTender> lot_with_tender(Tx& tx, const domain::LotId& lot_id, bool lock_tender);
std::optional<LotRecord> find_lot(Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id);
std::vector<LotRecord> list_lots(Tx& tx, const domain::TenderId& tender_id);
// A tender in one of its stages, for reading several tenders' stages at once.
struct TenderStage {
    domain::TenderId tender_id;
    int stage = 1;
};
// The lots of several tenders (a page of a list) in one query, by tender id.
std::map<domain::TenderId, std::vector<LotRecord>> lots_of_tenders(Tx& tx,
                                                                   const std::vector<domain::TenderId>& tender_ids);
// Which of those tenders' lots the organisation registered interest in.
std::set<std::string> interest_lots(Tx& tx, const std::vector<domain::TenderId>& tender_ids,
                                    const domain::OrganisationId& organisation_id);
std::optional<int> update_lot(Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id,
                              int expected_version, const domain::LotDetails& lot);
bool delete_lot(Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id);
void cancel_lot(Tx& tx, const domain::LotId& lot_id, const std::string& reason, const domain::UserId& user_id,
                domain::TimePoint now);

// The commissioner's recorded reason to evaluate a lot with fewer bids than the
// tender's minimum for a stage.
struct MinimumWaiver {
    domain::LotId lot_id;
    int stage = 1;
    int bids = 0;  // how many stood when it was recorded
    std::string reason;
    domain::UserId waived_by;
    domain::TimePoint waived_at;
};
void insert_minimum_waiver(Tx& tx, const MinimumWaiver& waiver);
std::vector<MinimumWaiver> minimum_waivers(Tx& tx, const domain::TenderId& tender_id);

// Criteria of the tender (no lot) or a lot's own override, replaced as a set.
void replace_criteria(Tx& tx, const domain::TenderId& tender_id, const std::optional<domain::LotId>& lot_id,
                      const std::vector<domain::Criterion>& criteria);
std::vector<domain::Criterion> list_criteria(Tx& tx, const domain::TenderId& tender_id,
                                             const std::optional<domain::LotId>& lot_id);
// Every set of the tender's criteria at once: the tender's (no lot) and each lot's
// own, by lot id; sets without criteria are absent.
using CriteriaByLot = std::map<std::optional<domain::LotId>, std::vector<domain::Criterion>>;  // none: the tender's
CriteriaByLot criteria_by_lot(Tx& tx, const domain::TenderId& tender_id);

// The criteria a lot's bids are scored on: its own set, else the tender's
// ("inherited"), read in one statement, or picked from the tender's sets.
struct LotCriteria {
    std::vector<domain::Criterion> criteria;
    bool inherited = false;
};
LotCriteria effective_criteria(Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id);
LotCriteria effective_criteria(const CriteriaByLot& criteria, const domain::LotId& lot_id);

// A tender's gates, in order (gate_parameters.hpp: how their parameters are stored).
void replace_gates(Tx& tx, const domain::TenderId& tender_id, const std::vector<domain::Gate>& gates);
std::vector<domain::Gate> list_gates(Tx& tx, const domain::TenderId& tender_id);
// The gates of several tenders, by tender id, each in order.
std::map<domain::TenderId, std::vector<domain::Gate>> gates_of_tenders(Tx& tx,
                                                                       const std::vector<domain::TenderId>& tender_ids);

using domain::RequiredDocument;
void replace_required_documents(Tx& tx, const domain::TenderId& tender_id,
                                const std::vector<RequiredDocument>& documents);
std::vector<RequiredDocument> list_required_documents(Tx& tx, const domain::TenderId& tender_id);

}  // namespace collabtender::persistence
