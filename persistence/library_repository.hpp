#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

struct LibraryAnswer {
    domain::AnswerId id;
    domain::OrganisationId organisation_id;
    std::string title;
    std::string text;
    std::vector<std::string> tags;
    std::optional<std::string> last_reviewed;  // YYYY-MM-DD
    int version = 1;
    domain::TimePoint updated_at;
};

domain::AnswerId insert_answer(Tx& tx, const LibraryAnswer& answer, const domain::UserId& user_id,
                               domain::TimePoint now);
// The new version, or nothing when `expected_version` is stale.
std::optional<int> update_answer(Tx& tx, const LibraryAnswer& answer, int expected_version,
                                 const domain::UserId& user_id, domain::TimePoint now);
void delete_answer(Tx& tx, const domain::AnswerId& id);
// Only the organisation's own answers: another's are never found.
std::optional<LibraryAnswer> find_answer(Tx& tx, const domain::OrganisationId& organisation_id,
                                         const domain::AnswerId& id);
// Ranked by relevance to `query` (web-search syntax, English stemming), newest
// first without one.
std::vector<LibraryAnswer> search_answers(Tx& tx, const domain::OrganisationId& organisation_id,
                                          const std::string& query, int limit, int offset);

}  // namespace collabtender::persistence
