#include "persistence/clarifications_repository.hpp"

#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/clarifications.hpp"

namespace collabtender::persistence {
namespace {

// A clarification_record (sql/040_statement_helpers.sql).
ClarificationRecord clarification_from(const pqxx::row& r) {
    const RowFields f{r};
    return ClarificationRecord{domain::ClarificationId{f.text("id")},
                               domain::TenderId{f.text("tender_id")},
                               optional_id<domain::LotId>(f.optional_text("lot_id")),
                               f.text("asked_by_organisation"),
                               f.text("asked_by_name"),
                               f.text("question"),
                               f.time("asked_at"),
                               f.optional_text("answer"),
                               f.optional_time("answered_at"),
                               f.optional_text("published_question"),
                               f.optional_time("published_at"),
                               f.optional_text("lot_correction"),
                               f.boolean("changes_tender_documents")};
}

}  // namespace

domain::ClarificationId insert_clarification(Tx& tx, const domain::TenderId& tender_id,
                                             const std::optional<domain::LotId>& lot_id,
                                             const domain::OrganisationId& organisation_id,
                                             const domain::UserId& user_id, const std::string& question,
                                             domain::TimePoint now) {
    return tx
        .exec_prepared1(sql::clarification_insert, tender_id, lot_id, organisation_id, user_id, question,
                        micros(now))[0]
        .as<domain::ClarificationId>();
}

std::optional<ClarificationRecord> find_clarification(Tx& tx, const domain::TenderId& tender_id,
                                                      const domain::ClarificationId& id, bool lock) {
    if (!is_uuid(id)) return std::nullopt;
    const auto rows = tx.exec_prepared(lock ? sql::clarification_by_id_for_update : sql::clarification_by_id, tender_id, id);
    if (rows.empty()) return std::nullopt;
    return clarification_from(rows[0]);
}

std::vector<ClarificationRecord> list_clarifications(Tx& tx, const domain::TenderId& tender_id, bool all,
                                                     const std::optional<domain::OrganisationId>& organisation_id) {
    std::vector<ClarificationRecord> out;
    for (const auto& row : tx.exec_prepared(sql::clarification_list, tender_id, all, organisation_id))
        out.push_back(clarification_from(row));
    return out;
}

void answer_clarification(Tx& tx, const domain::ClarificationId& id, const std::string& answer,
                          const domain::UserId& user_id, domain::TimePoint now) {
    tx.exec_prepared0(sql::clarification_answer, id, answer, user_id, micros(now));
}

void publish_clarification(Tx& tx, const domain::ClarificationId& id, const std::string& published_question,
                           const std::optional<std::string>& lot_correction_json, bool changes_tender_documents,
                           domain::TimePoint now) {
    tx.exec_prepared0(sql::clarification_publish, id, published_question, lot_correction_json, micros(now),
                      changes_tender_documents);
}

}  // namespace collabtender::persistence
