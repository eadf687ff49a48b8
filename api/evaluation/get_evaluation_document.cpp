#include <algorithm>

#include <boost/json.hpp>

#include "api/documents/download.hpp"
#include "api/evaluation/evaluation_access.hpp"
#include "api/handlers.hpp"
#include "api/problem.hpp"
#include "persistence/documents_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/evaluation/documents/{document_id}[?stage=]: a
// document of the submission being evaluated, whatever its visibility (a member's
// finances shared with evaluators only included), once the deadline has passed.
// Only documents in the submission: later uploads to the draft are not.
Response get_evaluation_document(const Request& request, Context& context) {
    const auto asked = stage_parameter(request);
    std::optional<persistence::DocumentRecord> document;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, request.param("bid_id"), *context.principal, asked);
        require_unconflicted(tx, bid, *context.principal);
        const auto submitted = persistence::parse_stored_json(bid.submission.content_json).at("documents").as_array();
        const auto& id = request.param("document_id");
        if (std::none_of(submitted.begin(), submitted.end(), [&](const auto& d) { return d.at("id").as_string() == id; }))
            throw problems::not_found("The submission has no such document.");
        document = persistence::find_document(tx, bid.bid.id, id, std::nullopt);
        if (!document) throw problems::not_found("The submission has no such document.");
    });
    return download_response(document->filename, document->media_type, document->sha256,
                             document_body(document->id, static_cast<std::uint64_t>(document->size_bytes)));
}

}  // namespace collabtender::api
