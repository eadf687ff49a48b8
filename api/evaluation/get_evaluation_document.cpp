#include "api/documents/download.hpp"
#include "api/handlers.hpp"
#include "api/query.hpp"
#include "app/evaluation/read_evaluation_document.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/evaluation/documents/{document_id}[?stage=]: a
// document of the submission being evaluated (app::read_evaluation_document).
Response get_evaluation_document(const Request& request, Context& context) {
    const auto document =
        app::read_evaluation_document(*context.db, *context.principal,
                                      {domain::BidId{request.param("bid_id")},
                                       domain::DocumentId{request.param("document_id")}, stage_parameter(request)});
    return download_response(document.filename, document.media_type, document.sha256,
                             document_body(document.id, static_cast<std::uint64_t>(document.size_bytes)));
}

}  // namespace collabtender::api
