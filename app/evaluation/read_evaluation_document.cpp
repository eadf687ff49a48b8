#include "app/evaluation/read_evaluation_document.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "app/evaluation/evaluation_access.hpp"
#include "domain/refusal.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {

persistence::DocumentRecord read_evaluation_document(persistence::Connection& db, const domain::Principal& reader,
                                                     const ReadEvaluationDocument& query) {
    std::optional<persistence::DocumentRecord> document;
    db.transact([&](persistence::Tx& tx) {
        document.reset();
        const auto bid = evaluated_bid(tx, query.bid_id, reader, query.stage);
        require_unconflicted(tx, bid, reader);
        const auto submitted = persistence::parse_stored_json(bid.submission.content_json).at("documents").as_array();
        if (std::any_of(submitted.begin(), submitted.end(),
                        [&](const auto& d) { return d.at("id").as_string() == query.document_id.str(); }))
            document = persistence::find_document(tx, bid.bid.id, query.document_id, std::nullopt);
        if (!document) throw domain::Refusal{domain::RefusalCode::not_found, "The submission has no such document."};
    });
    return std::move(*document);
}

}  // namespace collabtender::app
