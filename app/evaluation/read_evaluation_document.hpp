#pragma once

#include <optional>
#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/documents_repository.hpp"

namespace collabtender::app {

struct ReadEvaluationDocument {
    domain::BidId bid_id;
    domain::DocumentId document_id;
    std::optional<int> stage;  // none: the latest closed
};

// A document of the submission being evaluated, whatever its visibility (a
// member's finances shared with evaluators only included). Only documents in the
// submission: later uploads to the draft are not (not_found). Refuses as an
// evaluator's reading of the bid does: not_found, sealed, declaration_required, conflicted.
persistence::DocumentRecord read_evaluation_document(persistence::Connection& db, const domain::Principal& reader,
                                                     const ReadEvaluationDocument& query);

}  // namespace collabtender::app
