#pragma once

// The answer library: each organisation's reusable answers, private to it. An
// answer of another organisation is simply not there (not_found).
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/library_repository.hpp"

namespace collabtender::app {

struct EditAnswer {
    domain::AnswerId answer_id;
    int expected_version = 0;           // If-Match
    persistence::LibraryAnswer answer;  // title, text, tags, last_reviewed
};

struct FindAnswers {
    std::string query;  // web-search syntax; empty: every answer, newest first
    int limit = 20;
    int offset = 0;
};

// Adds an answer to the author's organisation's library, audited. Refuses nothing.
persistence::LibraryAnswer add_answer(persistence::Connection& db, const domain::Principal& author,
                                      persistence::LibraryAnswer answer, domain::TimePoint now);

// The organisation's answers, ranked by relevance to the query (English
// stemming, so "volunteering" finds "volunteers"). Refuses nothing.
std::vector<persistence::LibraryAnswer> find_answers(persistence::Connection& db, const domain::Principal& reader,
                                                     const FindAnswers& query);

// Replaces an answer's words, audited. Refuses an answer not of the editor's
// organisation (not_found) and an edit of a version no longer current (stale).
persistence::LibraryAnswer edit_answer(persistence::Connection& db, const domain::Principal& editor,
                                       const EditAnswer& command, domain::TimePoint now);

// Removes an answer, audited. Refuses an answer not of the caller's organisation (not_found).
void remove_answer(persistence::Connection& db, const domain::Principal& remover, const domain::AnswerId& answer_id,
                   domain::TimePoint now);

}  // namespace collabtender::app
