#include "persistence/library_repository.hpp"

#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/library.hpp"

namespace collabtender::persistence {
namespace {

// An answer_record (sql/040_statement_helpers.sql).
LibraryAnswer answer_from(const pqxx::row& r) {
    const RowFields f{r};
    return {domain::AnswerId{f.text("id")},
            domain::OrganisationId{f.text("organisation_id")},
            f.text("title"),
            f.text("text"),
            texts_from_json(f.text("tags")),
            f.optional_text("last_reviewed"),
            f.integer("version"),
            f.time("updated_at")};
}

}  // namespace

domain::AnswerId insert_answer(Tx& tx, const LibraryAnswer& a, const domain::UserId& user_id, domain::TimePoint now) {
    return tx
        .exec_prepared1(sql::answer_insert, a.organisation_id, a.title, a.text, to_json(a.tags), a.last_reviewed,
                        user_id, micros(now))[0]
        .as<domain::AnswerId>();
}

std::optional<int> update_answer(Tx& tx, const LibraryAnswer& a, int expected_version, const domain::UserId& user_id,
                                 domain::TimePoint now) {
    const auto rows = tx.exec_prepared(sql::answer_update, a.id, expected_version, a.title, a.text, to_json(a.tags),
                                       a.last_reviewed, user_id, micros(now));
    if (rows.empty()) return std::nullopt;
    return rows[0][0].as<int>();
}

void delete_answer(Tx& tx, const domain::AnswerId& id) { tx.exec_prepared0(sql::answer_delete, id); }

std::optional<LibraryAnswer> find_answer(Tx& tx, const domain::OrganisationId& organisation_id,
                                         const domain::AnswerId& id) {
    if (!is_uuid(id)) return std::nullopt;
    const auto rows = tx.exec_prepared(sql::answer_by_id, organisation_id, id);
    if (rows.empty()) return std::nullopt;
    return answer_from(rows[0]);
}

std::vector<LibraryAnswer> search_answers(Tx& tx, const domain::OrganisationId& organisation_id,
                                          const std::string& query, int limit, int offset) {
    std::vector<LibraryAnswer> out;
    for (const auto& r : tx.exec_prepared(sql::answer_search, organisation_id, query, limit, offset))
        out.push_back(answer_from(r));
    return out;
}

}  // namespace collabtender::persistence
