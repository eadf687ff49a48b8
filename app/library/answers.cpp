#include "app/library/answers.hpp"

#include "app/audit.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {
namespace {

persistence::LibraryAnswer own_answer(persistence::Tx& tx, const domain::Principal& principal,
                                      const domain::AnswerId& id) {
    auto found = persistence::find_answer(tx, principal.organisation_id, id);
    if (!found) throw domain::Refusal{domain::RefusalCode::not_found, "No such answer."};
    return std::move(*found);
}

}  // namespace

persistence::LibraryAnswer add_answer(persistence::Connection& db, const domain::Principal& author,
                                      persistence::LibraryAnswer answer, domain::TimePoint now) {
    answer.organisation_id = author.organisation_id;
    persistence::LibraryAnswer added;
    db.transact([&](persistence::Tx& tx) {
        const auto id = persistence::insert_answer(tx, answer, author.user_id, now);
        append_audit(tx, author, now, {std::nullopt, "answer.create", "library_answer", id, nullptr, nullptr});
        added = own_answer(tx, author, id);
    });
    return added;
}

std::vector<persistence::LibraryAnswer> find_answers(persistence::Connection& db, const domain::Principal& reader,
                                                     const FindAnswers& query) {
    std::vector<persistence::LibraryAnswer> found;
    db.transact([&](persistence::Tx& tx) {
        found = persistence::search_answers(tx, reader.organisation_id, query.query, query.limit, query.offset);
    });
    return found;
}

persistence::LibraryAnswer edit_answer(persistence::Connection& db, const domain::Principal& editor,
                                       const EditAnswer& command, domain::TimePoint now) {
    persistence::LibraryAnswer edited;
    db.transact([&](persistence::Tx& tx) {
        const auto current = own_answer(tx, editor, command.answer_id);
        domain::require_current(current.version, command.expected_version);
        auto answer = command.answer;
        answer.id = current.id;
        answer.organisation_id = current.organisation_id;
        // Changed by someone else since it was read here: newer than what was read.
        if (!persistence::update_answer(tx, answer, command.expected_version, editor.user_id, now))
            domain::require_current(current.version + 1, command.expected_version);
        append_audit(tx, editor, now, {std::nullopt, "answer.update", "library_answer", answer.id, nullptr, nullptr});
        edited = own_answer(tx, editor, answer.id);
    });
    return edited;
}

void remove_answer(persistence::Connection& db, const domain::Principal& remover, const domain::AnswerId& answer_id,
                   domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto current = own_answer(tx, remover, answer_id);
        persistence::delete_answer(tx, current.id);
        append_audit(tx, remover, now, {std::nullopt, "answer.delete", "library_answer", current.id, nullptr, nullptr});
    });
}

}  // namespace collabtender::app
