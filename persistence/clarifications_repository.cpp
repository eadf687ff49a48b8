#include "persistence/clarifications_repository.hpp"

#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/tx.hpp"

namespace collabtender::persistence {
namespace {

ClarificationRecord clarification_from(const pqxx::row& r) {
    return ClarificationRecord{r[0].as<std::string>(),  r[1].as<std::string>(), optional_text(r[2]),
                               r[3].as<std::string>(),  r[4].as<std::string>(), r[5].as<std::string>(),
                               time_from(r[6]),         optional_text(r[7]),    optional_time_from(r[8]),
                               optional_text(r[9]),     optional_time_from(r[10]), optional_text(r[11]),
                               r[12].as<bool>()};
}

}  // namespace

std::string insert_clarification(Tx& tx, const std::string& tender_id, const std::optional<std::string>& lot_id,
                                 const std::string& organisation_id, const std::string& user_id,
                                 const std::string& question, domain::TimePoint now) {
    return tx
        .exec_prepared1("clarification_insert", tender_id, lot_id, organisation_id, user_id, question, micros(now))[0]
        .as<std::string>();
}

std::optional<ClarificationRecord> find_clarification(Tx& tx, const std::string& tender_id, const std::string& id,
                                                      bool lock) {
    if (!is_uuid(id)) return std::nullopt;
    const auto rows = tx.exec_prepared(lock ? "clarification_by_id_for_update" : "clarification_by_id", tender_id, id);
    if (rows.empty()) return std::nullopt;
    return clarification_from(rows[0]);
}

std::vector<ClarificationRecord> list_clarifications(Tx& tx, const std::string& tender_id, bool all,
                                                     const std::optional<std::string>& organisation_id) {
    std::vector<ClarificationRecord> out;
    for (const auto& row : tx.exec_prepared("clarification_list", tender_id, all, organisation_id))
        out.push_back(clarification_from(row));
    return out;
}

void answer_clarification(Tx& tx, const std::string& id, const std::string& answer, const std::string& user_id,
                          domain::TimePoint now) {
    tx.exec_prepared0("clarification_answer", id, answer, user_id, micros(now));
}

void publish_clarification(Tx& tx, const std::string& id, const std::string& published_question,
                           const std::optional<std::string>& lot_correction_json, bool changes_tender_documents,
                           domain::TimePoint now) {
    tx.exec_prepared0("clarification_publish", id, published_question, lot_correction_json, micros(now),
                      changes_tender_documents);
}

}  // namespace collabtender::persistence
