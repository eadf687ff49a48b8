#include "persistence/tenders_repository.hpp"

#include "domain/criteria.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/gate_parameters.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/tenders.hpp"

namespace collabtender::persistence {

// A tender_record or lot_record (sql/040_statement_helpers.sql), from a row or JSON.
template <typename F>
TenderRecord tender_of(const F& f) {
    TenderRecord t;
    t.id = domain::TenderId{f.text("id")};
    t.organisation_id = domain::OrganisationId{f.text("organisation_id")};
    auto& d = t.details;
    d.reference = f.text("reference");
    d.title = f.text("title");
    d.description = f.text("description");
    d.cpv_codes = texts_from_json(f.text("cpv_codes"));
    d.procedure = f.text("procedure");
    d.contract_term_months = f.integer("contract_term_months");
    d.extension_months = f.integer("extension_months");
    d.estimated_value_pence = f.number("estimated_value_pence");
    d.outcomes = texts_from_json(f.text("outcomes"));
    d.partnership_bids_expected = f.boolean("partnership_bids_expected");
    d.partnership_statement = f.text("partnership_statement");
    d.price_weight = f.integer("price_weight");
    d.quality_threshold = f.optional_integer("quality_threshold");
    d.scoring_scale = scale_from_json(f.text("scoring_scale"));
    d.timetable.clarification_cutoff = f.optional_time("clarification_cutoff");
    d.timetable.stage1_deadline = f.optional_time("stage1_deadline");
    d.timetable.stage2_deadline = f.optional_time("stage2_deadline");
    d.timetable.standstill_days = f.integer("standstill_days");
    t.status = *domain::parse_tender_status(f.text("status"));
    t.was_published = f.boolean("was_published");
    t.cancel_reason = f.optional_text("cancel_reason");
    t.version = f.integer("version");
    t.created_at = f.time("created_at");
    t.updated_at = f.time("updated_at");
    d.pin_summary = f.text("pin_summary");
    t.pin_published_at = f.optional_time("pin_published_at");
    t.stage1_opened_at = f.optional_time("stage1_opened_at");
    d.minimum_bids = {f.integer("minimum_bids_stage1"), f.integer("minimum_bids_stage2")};
    t.buyer_name = f.text("organisation_name");
    return t;
}

template <typename F>
LotRecord lot_of(const F& f) {
    std::optional<LotCancellation> cancellation;
    if (const auto at = f.optional_time("cancelled_at"))
        cancellation = LotCancellation{*at, f.text("cancel_reason"), domain::UserId{f.text("cancelled_by")}};
    return LotRecord{
        domain::LotId{f.text("id")}, domain::TenderId{f.text("tender_id")}, f.integer("version"),
        domain::LotDetails{f.integer("number"), f.text("title"), f.text("description"), f.text("locality_or_theme"),
                           texts_from_json(f.text("outcomes")), f.number("annual_value_pence"),
                           f.integer("term_months"), f.integer("max_awards")},
        std::move(cancellation)};
}

TenderRecord tender_from(const pqxx::row& r) { return tender_of(RowFields{r}); }
TenderRecord tender_from(const Fields& f) { return tender_of(f); }
LotRecord lot_from(const pqxx::row& r) { return lot_of(RowFields{r}); }
LotRecord lot_from(const Fields& f) { return lot_of(f); }

namespace {


std::optional<int> version_of(const pqxx::result& rows) {
    if (rows.empty()) return std::nullopt;
    return rows[0][0].as<int>();
}

}  // namespace

domain::TenderId insert_tender(Tx& tx, const domain::OrganisationId& organisation_id, const domain::UserId& created_by,
                               const domain::TenderDetails& d) {
    const auto& t = d.timetable;
    return tx
        .exec_prepared1(sql::tender_insert, organisation_id, d.reference, d.title, d.description, to_json(d.cpv_codes),
                        d.procedure, d.contract_term_months, d.extension_months, d.estimated_value_pence,
                        to_json(d.outcomes), d.partnership_bids_expected, d.partnership_statement, d.price_weight,
                        d.quality_threshold, to_json(d.scoring_scale), micros(t.clarification_cutoff),
                        micros(t.stage1_deadline), micros(t.stage2_deadline), t.standstill_days, created_by,
                        d.pin_summary, d.minimum_bids.stage1, d.minimum_bids.stage2)[0]
        .as<domain::TenderId>();
}

std::optional<TenderRecord> find_tender(Tx& tx, const domain::TenderId& id, bool lock) {
    if (!is_uuid(id)) return std::nullopt;
    const auto rows = tx.exec_prepared(lock ? sql::tender_by_id_for_update : sql::tender_by_id, id);
    if (rows.empty()) return std::nullopt;
    return tender_from(rows[0]);
}

std::optional<int> update_tender(Tx& tx, const domain::TenderId& id, int expected_version,
                                 const domain::TenderDetails& d) {
    const auto& t = d.timetable;
    return version_of(tx.exec_prepared(
        sql::tender_update, id, expected_version, d.reference, d.title, d.description, to_json(d.cpv_codes),
        d.contract_term_months, d.extension_months, d.estimated_value_pence, to_json(d.outcomes),
        d.partnership_bids_expected, d.partnership_statement, d.price_weight, d.quality_threshold,
        to_json(d.scoring_scale), micros(t.clarification_cutoff), micros(t.stage1_deadline),
        micros(t.stage2_deadline), t.standstill_days, d.pin_summary, d.minimum_bids.stage1, d.minimum_bids.stage2));
}

std::optional<int> bump_tender_version(Tx& tx, const domain::TenderId& id, int expected_version) {
    return version_of(tx.exec_prepared(sql::tender_bump_version, id, expected_version));
}

void set_stage_deadline(Tx& tx, const domain::TenderId& id, int stage, domain::TimePoint deadline) {
    tx.exec_prepared0(sql::tender_stage_deadline, id, stage, micros(deadline));
}

bool tender_has_bids(Tx& tx, const domain::TenderId& id) {
    return tx.exec_prepared1(sql::tender_has_bids, id)[0].as<bool>();
}

TenderRecord set_tender_status(Tx& tx, const domain::TenderId& id, domain::TenderStatus status,
                               const std::optional<std::string>& cancel_reason, domain::TimePoint now) {
    return tender_from(
        tx.exec_prepared1(sql::tender_set_status, id, std::string{domain::to_string(status)}, cancel_reason, micros(now)));
}

long count_clarifications(Tx& tx, const domain::TenderId& tender_id) {
    return tx.exec_prepared1(sql::tender_clarification_count, tender_id)[0].as<long>();
}

TenderPage list_tenders(Tx& tx, const TenderQuery& q) {
    std::optional<std::string> status;
    if (q.status) status = std::string{domain::to_string(*q.status)};
    TenderPage page;
    for (const auto& row : tx.exec_prepared(sql::tender_list, status, q.owner_organisation_id, q.only_owners, q.limit, q.offset))
        page.items.push_back(tender_from(row));
    page.total = tx.exec_prepared1(sql::tender_count, status, q.owner_organisation_id, q.only_owners)[0].as<long>();
    return page;
}

domain::LotId insert_lot(Tx& tx, const domain::TenderId& tender_id, const domain::LotDetails& l) {
    return tx
        .exec_prepared1(sql::lot_insert, tender_id, l.number, l.title, l.description, l.locality_or_theme,
                        to_json(l.outcomes), l.annual_value_pence, l.term_months, l.max_awards)[0]
        .as<domain::LotId>();
}

std::optional<LotAndTender> lot_with_tender(Tx& tx, const domain::LotId& lot_id, bool lock_tender) {
    if (!is_uuid(lot_id)) return std::nullopt;
    if (lock_tender && tx.exec_prepared(sql::tender_lock_of_lot, lot_id).empty()) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::lot_with_tender, lot_id);
    if (rows.empty()) return std::nullopt;
    const auto tender = record_json(rows[0]["tender"]);
    const auto lot = record_json(rows[0]["lot"]);
    return LotAndTender{tender_from(Fields{tender}), lot_from(Fields{lot})};
}

std::optional<LotRecord> find_lot(Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id) {
    if (!is_uuid(lot_id)) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::lot_by_id, tender_id, lot_id);
    if (rows.empty()) return std::nullopt;
    return lot_from(rows[0]);
}

std::vector<LotRecord> list_lots(Tx& tx, const domain::TenderId& tender_id) {
    std::vector<LotRecord> out;
    for (const auto& row : tx.exec_prepared(sql::lot_list, tender_id)) out.push_back(lot_from(row));
    return out;
}

namespace {

std::string joined(const std::vector<domain::TenderId>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ",") + id.str();
    return out;
}

}  // namespace

std::map<domain::TenderId, std::vector<LotRecord>> lots_of_tenders(Tx& tx,
                                                                   const std::vector<domain::TenderId>& tender_ids) {
    std::map<domain::TenderId, std::vector<LotRecord>> out;
    if (tender_ids.empty()) return out;
    for (const auto& row : tx.exec_prepared(sql::lot_list_of_tenders, joined(tender_ids))) {
        auto lot = lot_from(row);
        out[lot.tender_id].push_back(std::move(lot));
    }
    return out;
}

std::map<domain::TenderId, TenderRecord> tenders_by_ids(Tx& tx, const std::vector<domain::TenderId>& ids) {
    std::map<domain::TenderId, TenderRecord> out;
    if (ids.empty()) return out;
    for (const auto& row : tx.exec_prepared(sql::tender_list_by_ids, joined(ids))) {
        auto tender = tender_from(row);
        out.emplace(tender.id, std::move(tender));
    }
    return out;
}

std::set<std::string> interest_lots(Tx& tx, const std::vector<domain::TenderId>& tender_ids,
                                    const domain::OrganisationId& organisation_id) {
    std::set<std::string> out;
    if (tender_ids.empty()) return out;
    for (const auto& row : tx.exec_prepared(sql::interest_lots_of_tenders, joined(tender_ids), organisation_id))
        out.insert(row[0].as<std::string>());
    return out;
}

std::optional<int> update_lot(Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id,
                              int expected_version, const domain::LotDetails& l) {
    return version_of(tx.exec_prepared(sql::lot_update, tender_id, lot_id, expected_version, l.number, l.title,
                                              l.description, l.locality_or_theme, to_json(l.outcomes),
                                              l.annual_value_pence, l.term_months, l.max_awards));
}

bool delete_lot(Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id) {
    return tx.exec_prepared(sql::lot_delete, tender_id, lot_id).affected_rows() == 1;
}

void cancel_lot(Tx& tx, const domain::LotId& lot_id, const std::string& reason, const domain::UserId& user_id,
                domain::TimePoint now) {
    tx.exec_prepared0(sql::lot_cancel, lot_id, reason, user_id, micros(now));
}

void insert_minimum_waiver(Tx& tx, const MinimumWaiver& w) {
    tx.exec_prepared0(sql::minimum_waiver_insert, w.lot_id, w.stage, w.bids, w.reason, w.waived_by,
                             micros(w.waived_at));
}

std::vector<MinimumWaiver> minimum_waivers(Tx& tx, const domain::TenderId& tender_id) {
    std::vector<MinimumWaiver> out;
    for (const auto& r : tx.exec_prepared(sql::minimum_waiver_list, tender_id)) {
        const RowFields f{r};
        out.push_back({r["lot_id"].as<domain::LotId>(), f.integer("stage"), f.integer("bids"), f.text("reason"),
                       r["waived_by"].as<domain::UserId>(), f.time("waived_at")});
    }
    return out;
}

void replace_criteria(Tx& tx, const domain::TenderId& tender_id, const std::optional<domain::LotId>& lot_id,
                      const std::vector<domain::Criterion>& criteria) {
    tx.exec_prepared(sql::criteria_delete, tender_id, lot_id);
    for (std::size_t i = 0; i < criteria.size(); ++i) {
        const auto& c = criteria[i];
        tx.exec_prepared0(sql::criterion_insert, tender_id, lot_id, static_cast<int>(i), c.title,
                                 c.bidder_guidance, c.panel_guidance, c.weight, c.word_limit, c.min_score);
    }
}

std::vector<domain::Criterion> list_criteria(Tx& tx, const domain::TenderId& tender_id,
                                             const std::optional<domain::LotId>& lot_id) {
    std::vector<domain::Criterion> out;
    for (const auto& r : tx.exec_prepared(sql::criteria_list, tender_id, lot_id))
        out.push_back(criterion_from(RowFields{r}));
    return out;
}

CriteriaByLot criteria_by_lot(Tx& tx, const domain::TenderId& tender_id) {
    CriteriaByLot out;
    for (const auto& r : tx.exec_prepared(sql::criteria_of_tender, tender_id)) {
        const RowFields f{r};
        out[optional_id<domain::LotId>(f.optional_text("lot_id"))].push_back(criterion_from(f));
    }
    return out;
}

LotCriteria effective_criteria(Tx& tx, const domain::TenderId& tender_id, const domain::LotId& lot_id) {
    return effective_criteria(criteria_by_lot(tx, tender_id), lot_id);
}

LotCriteria effective_criteria(const CriteriaByLot& criteria, const domain::LotId& lot_id) {
    const auto own = criteria.find(lot_id);
    if (own != criteria.end() && !domain::inherits_criteria(own->second.size())) return {own->second, false};
    const auto tender = criteria.find(std::nullopt);
    return {tender == criteria.end() ? std::vector<domain::Criterion>{} : tender->second, true};
}

void replace_gates(Tx& tx, const domain::TenderId& tender_id, const std::vector<domain::Gate>& gates) {
    tx.exec_prepared(sql::gates_delete, tender_id);
    for (std::size_t i = 0; i < gates.size(); ++i)
        tx.exec_prepared0(sql::gate_insert, tender_id, gates[i].lot_id, static_cast<int>(i),
                          std::string{domain::gate_kind(gates[i].parameters)},
                          boost::json::serialize(gate_parameters_json(gates[i].parameters)));
}

std::vector<domain::Gate> list_gates(Tx& tx, const domain::TenderId& tender_id) {
    return std::move(gates_of_tenders(tx, {tender_id})[tender_id]);
}

std::map<domain::TenderId, std::vector<domain::Gate>> gates_of_tenders(
    Tx& tx, const std::vector<domain::TenderId>& tender_ids) {
    std::map<domain::TenderId, std::vector<domain::Gate>> out;
    const auto ids = id_list(tender_ids);
    if (ids.empty()) return out;
    for (const auto& r : tx.exec_prepared(sql::gate_list_of_tenders, ids))
        out[r["tender_id"].as<domain::TenderId>()].push_back(gate_from(RowFields{r}));
    return out;
}

void replace_required_documents(Tx& tx, const domain::TenderId& tender_id,
                                const std::vector<RequiredDocument>& documents) {
    tx.exec_prepared0(sql::required_documents_delete, tender_id);
    for (std::size_t i = 0; i < documents.size(); ++i)
        tx.exec_prepared0(sql::required_document_insert, tender_id, static_cast<int>(i), documents[i].title,
                                 documents[i].guidance);
}

std::vector<RequiredDocument> list_required_documents(Tx& tx, const domain::TenderId& tender_id) {
    std::vector<RequiredDocument> out;
    for (const auto& r : tx.exec_prepared(sql::required_document_list, tender_id))
        out.push_back({r[0].as<std::string>(), r[1].as<std::string>()});
    return out;
}

}  // namespace collabtender::persistence
