#include "persistence/tenders_repository.hpp"

#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/tx.hpp"

namespace collabtender::persistence {

// Column order of the tender_* SELECT statements (persistence/statements.cpp).
TenderRecord tender_from(const pqxx::row& r) {
    TenderRecord t;
    t.id = r[0].as<std::string>();
    t.organisation_id = r[1].as<std::string>();
    auto& d = t.details;
    d.reference = r[2].as<std::string>();
    d.title = r[3].as<std::string>();
    d.description = r[4].as<std::string>();
    d.cpv_codes = texts_from_json(r[5].as<std::string>());
    d.procedure = r[6].as<std::string>();
    d.contract_term_months = r[7].as<int>();
    d.extension_months = r[8].as<int>();
    d.estimated_value_pence = r[9].as<std::int64_t>();
    d.outcomes = texts_from_json(r[10].as<std::string>());
    d.partnership_bids_expected = r[11].as<bool>();
    d.partnership_statement = r[12].as<std::string>();
    d.price_weight = r[13].as<int>();
    d.quality_threshold = optional_int(r[14]);
    d.scoring_scale = scale_from_json(r[15].as<std::string>());
    d.timetable.clarification_cutoff = optional_time_from(r[16]);
    d.timetable.stage1_deadline = optional_time_from(r[17]);
    d.timetable.stage2_deadline = optional_time_from(r[18]);
    d.timetable.standstill_days = r[19].as<int>();
    t.status = *domain::parse_tender_status(r[20].as<std::string>());
    t.was_published = r[21].as<bool>();
    t.cancel_reason = optional_text(r[22]);
    t.version = r[23].as<int>();
    t.created_at = time_from(r[24]);
    t.updated_at = time_from(r[25]);
    d.pin_summary = r[26].as<std::string>();
    t.pin_published_at = optional_time_from(r[27]);
    t.stage1_opened_at = optional_time_from(r[28]);
    d.minimum_bids = {r[29].as<int>(), r[30].as<int>()};
    t.buyer_name = r[31].as<std::string>();
    return t;
}

namespace {


std::optional<int> version_of(const pqxx::result& rows) {
    if (rows.empty()) return std::nullopt;
    return rows[0][0].as<int>();
}

}  // namespace

LotRecord lot_from(const pqxx::row& r, int at) {
    std::optional<LotCancellation> cancellation;
    if (!r[at + 11].is_null()) cancellation = LotCancellation{time_from(r[at + 11]), r[at + 12].as<std::string>(), r[at + 13].as<std::string>()};
    return LotRecord{r[at].as<std::string>(),
                     r[at + 1].as<std::string>(),
                     r[at + 2].as<int>(),
                     domain::LotDetails{r[at + 3].as<int>(), r[at + 4].as<std::string>(), r[at + 5].as<std::string>(),
                                        r[at + 6].as<std::string>(), texts_from_json(r[at + 7].as<std::string>()),
                                        r[at + 8].as<std::int64_t>(), r[at + 9].as<int>(), r[at + 10].as<int>()},
                     std::move(cancellation)};
}

std::string insert_tender(Tx& tx, const std::string& organisation_id, const std::string& created_by,
                          const domain::TenderDetails& d) {
    const auto& t = d.timetable;
    return tx
        .exec_prepared1("tender_insert", organisation_id, d.reference, d.title, d.description, to_json(d.cpv_codes),
                        d.procedure, d.contract_term_months, d.extension_months, d.estimated_value_pence,
                        to_json(d.outcomes), d.partnership_bids_expected, d.partnership_statement, d.price_weight,
                        d.quality_threshold, to_json(d.scoring_scale), micros(t.clarification_cutoff),
                        micros(t.stage1_deadline), micros(t.stage2_deadline), t.standstill_days, created_by,
                        d.pin_summary, d.minimum_bids.stage1, d.minimum_bids.stage2)[0]
        .as<std::string>();
}

std::optional<TenderRecord> find_tender(Tx& tx, const std::string& id, bool lock) {
    if (!is_uuid(id)) return std::nullopt;
    const auto rows = tx.exec_prepared(lock ? "tender_by_id_for_update" : "tender_by_id", id);
    if (rows.empty()) return std::nullopt;
    return tender_from(rows[0]);
}

std::optional<int> update_tender(Tx& tx, const std::string& id, int expected_version, const domain::TenderDetails& d) {
    const auto& t = d.timetable;
    return version_of(tx.exec_prepared(
        "tender_update", id, expected_version, d.reference, d.title, d.description, to_json(d.cpv_codes),
        d.contract_term_months, d.extension_months, d.estimated_value_pence, to_json(d.outcomes),
        d.partnership_bids_expected, d.partnership_statement, d.price_weight, d.quality_threshold,
        to_json(d.scoring_scale), micros(t.clarification_cutoff), micros(t.stage1_deadline),
        micros(t.stage2_deadline), t.standstill_days, d.pin_summary, d.minimum_bids.stage1, d.minimum_bids.stage2));
}

std::optional<int> bump_tender_version(Tx& tx, const std::string& id, int expected_version) {
    return version_of(tx.exec_prepared("tender_bump_version", id, expected_version));
}

void set_stage_deadline(Tx& tx, const std::string& id, int stage, domain::TimePoint deadline) {
    tx.exec_prepared0("tender_stage_deadline", id, stage, micros(deadline));
}

bool tender_has_bids(Tx& tx, const std::string& id) {
    return tx.exec_prepared1("tender_has_bids", id)[0].as<bool>();
}

TenderRecord set_tender_status(Tx& tx, const std::string& id, domain::TenderStatus status,
                               const std::optional<std::string>& cancel_reason, domain::TimePoint now) {
    return tender_from(
        tx.exec_prepared1("tender_set_status", id, std::string{domain::to_string(status)}, cancel_reason, micros(now)));
}

long count_clarifications(Tx& tx, const std::string& tender_id) {
    return tx.exec_prepared1("tender_clarification_count", tender_id)[0].as<long>();
}

TenderPage list_tenders(Tx& tx, const TenderQuery& q) {
    std::optional<std::string> status;
    if (q.status) status = std::string{domain::to_string(*q.status)};
    TenderPage page;
    for (const auto& row : tx.exec_prepared("tender_list", status, q.owner_organisation_id, q.only_owners, q.limit, q.offset))
        page.items.push_back(tender_from(row));
    page.total = tx.exec_prepared1("tender_count", status, q.owner_organisation_id, q.only_owners)[0].as<long>();
    return page;
}

std::string insert_lot(Tx& tx, const std::string& tender_id, const domain::LotDetails& l) {
    return tx
        .exec_prepared1("lot_insert", tender_id, l.number, l.title, l.description, l.locality_or_theme,
                        to_json(l.outcomes), l.annual_value_pence, l.term_months, l.max_awards)[0]
        .as<std::string>();
}

std::optional<LotAndTender> lot_with_tender(Tx& tx, const std::string& lot_id, bool lock_tender) {
    if (!is_uuid(lot_id)) return std::nullopt;
    const auto rows = tx.exec_prepared(lock_tender ? "lot_with_tender_locking_tender" : "lot_with_tender", lot_id);
    if (rows.empty()) return std::nullopt;
    return LotAndTender{tender_from(rows[0]), lot_from(rows[0], tender_column_count)};
}

std::optional<LotRecord> find_lot(Tx& tx, const std::string& tender_id, const std::string& lot_id) {
    if (!is_uuid(lot_id)) return std::nullopt;
    const auto rows = tx.exec_prepared("lot_by_id", tender_id, lot_id);
    if (rows.empty()) return std::nullopt;
    return lot_from(rows[0]);
}

std::vector<LotRecord> list_lots(Tx& tx, const std::string& tender_id) {
    std::vector<LotRecord> out;
    for (const auto& row : tx.exec_prepared("lot_list", tender_id)) out.push_back(lot_from(row));
    return out;
}

namespace {

std::string joined(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ",") + id;
    return out;
}

}  // namespace

std::map<std::string, std::vector<LotRecord>> lots_of_tenders(Tx& tx, const std::vector<std::string>& tender_ids) {
    std::map<std::string, std::vector<LotRecord>> out;
    if (tender_ids.empty()) return out;
    for (const auto& row : tx.exec_prepared("lot_list_of_tenders", joined(tender_ids))) {
        auto lot = lot_from(row);
        out[lot.tender_id].push_back(std::move(lot));
    }
    return out;
}

std::set<std::string> interest_lots(Tx& tx, const std::vector<std::string>& tender_ids,
                                    const std::string& organisation_id) {
    std::set<std::string> out;
    if (tender_ids.empty()) return out;
    for (const auto& row : tx.exec_prepared("interest_lots_of_tenders", joined(tender_ids), organisation_id))
        out.insert(row[0].as<std::string>());
    return out;
}

std::optional<int> update_lot(Tx& tx, const std::string& tender_id, const std::string& lot_id, int expected_version,
                              const domain::LotDetails& l) {
    return version_of(tx.exec_prepared("lot_update", tender_id, lot_id, expected_version, l.number, l.title,
                                              l.description, l.locality_or_theme, to_json(l.outcomes),
                                              l.annual_value_pence, l.term_months, l.max_awards));
}

bool delete_lot(Tx& tx, const std::string& tender_id, const std::string& lot_id) {
    return tx.exec_prepared("lot_delete", tender_id, lot_id).affected_rows() == 1;
}

void cancel_lot(Tx& tx, const std::string& lot_id, const std::string& reason, const std::string& user_id,
                domain::TimePoint now) {
    tx.exec_prepared0("lot_cancel", lot_id, reason, user_id, micros(now));
}

void insert_minimum_waiver(Tx& tx, const MinimumWaiver& w) {
    tx.exec_prepared0("minimum_waiver_insert", w.lot_id, w.stage, w.bids, w.reason, w.waived_by,
                             micros(w.waived_at));
}

std::vector<MinimumWaiver> minimum_waivers(Tx& tx, const std::string& tender_id) {
    std::vector<MinimumWaiver> out;
    for (const auto& r : tx.exec_prepared("minimum_waiver_list", tender_id))
        out.push_back({r[0].as<std::string>(), r[1].as<int>(), r[2].as<int>(), r[3].as<std::string>(),
                       r[4].as<std::string>(), time_from(r[5])});
    return out;
}

void replace_criteria(Tx& tx, const std::string& tender_id, const std::optional<std::string>& lot_id,
                      const std::vector<domain::Criterion>& criteria) {
    tx.exec_prepared("criteria_delete", tender_id, lot_id);
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        const auto& c = criteria[i];
        tx.exec_prepared0("criterion_insert", tender_id, lot_id, static_cast<int>(i), c.title,
                                 c.bidder_guidance, c.panel_guidance, c.weight, c.word_limit, c.min_score);
    }
}

namespace {

domain::Criterion criterion_from(const pqxx::row& r) {
    return {r[0].as<std::string>(), r[1].as<std::string>(), r[2].as<std::string>(), r[3].as<int>(), r[4].as<int>(),
            optional_int(r[5])};
}

}  // namespace

std::vector<domain::Criterion> list_criteria(Tx& tx, const std::string& tender_id,
                                             const std::optional<std::string>& lot_id) {
    std::vector<domain::Criterion> out;
    for (const auto& r : tx.exec_prepared("criteria_list", tender_id, lot_id)) out.push_back(criterion_from(r));
    return out;
}

std::map<std::optional<std::string>, std::vector<domain::Criterion>> criteria_by_lot(Tx& tx,
                                                                                    const std::string& tender_id) {
    std::map<std::optional<std::string>, std::vector<domain::Criterion>> out;
    for (const auto& r : tx.exec_prepared("criteria_of_tender", tender_id))
        out[optional_text(r[6])].push_back(criterion_from(r));
    return out;
}

LotCriteria effective_criteria(Tx& tx, const std::string& tender_id, const std::string& lot_id) {
    auto own = list_criteria(tx, tender_id, lot_id);
    if (!own.empty()) return {std::move(own), false};
    return {list_criteria(tx, tender_id, std::nullopt), true};
}

void replace_gates(Tx& tx, const std::string& tender_id, const std::vector<StoredGate>& gates) {
    tx.exec_prepared("gates_delete", tender_id);
    for (std::size_t i = 0; i < gates.size(); ++i)
        tx.exec_prepared0("gate_insert", tender_id, gates[i].lot_id, static_cast<int>(i), gates[i].kind,
                                 gates[i].parameters_json);
}

std::vector<StoredGate> list_gates(Tx& tx, const std::string& tender_id) {
    std::vector<StoredGate> out;
    for (const auto& r : tx.exec_prepared("gate_list", tender_id))
        out.push_back({optional_text(r[0]), r[1].as<std::string>(), r[2].as<std::string>()});
    return out;
}

void replace_required_documents(Tx& tx, const std::string& tender_id, const std::vector<RequiredDocument>& documents) {
    tx.exec_prepared0("required_documents_delete", tender_id);
    for (std::size_t i = 0; i < documents.size(); ++i)
        tx.exec_prepared0("required_document_insert", tender_id, static_cast<int>(i), documents[i].title,
                                 documents[i].guidance);
}

std::vector<RequiredDocument> list_required_documents(Tx& tx, const std::string& tender_id) {
    std::vector<RequiredDocument> out;
    for (const auto& r : tx.exec_prepared("required_document_list", tender_id))
        out.push_back({r[0].as<std::string>(), r[1].as<std::string>()});
    return out;
}

}  // namespace collabtender::persistence
