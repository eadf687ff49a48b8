#include "api/bids/bid_json.hpp"
#include "api/bids/commands.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "app/bids/submit_bid.hpp"

namespace collabtender::api {

// POST /api/v1/bids/{bid_id}/submissions with an Idempotency-Key: the draft as a
// new version with a receipt (app::submit_bid); the key's earlier receipt, 200,
// when it was used before.
Response post_submission(const Request& request, Context& context) {
    const auto key = request.header("idempotency-key");
    if (!key || key->empty() || key->size() > 200)
        throw Problem{400, "idempotency-key-required", "Idempotency-Key required",
                      "Send an Idempotency-Key header (up to 200 characters) so a retry cannot submit twice."};
    // No body at all is the commonest way to forget the declaration: the same 422.
    read_command<app::DeclarationConfirmed>(request, app::Need::optional);
    const auto submitted =
        app::submit_bid(*context.db, *context.principal, {domain::BidId{request.param("bid_id")}, *key}, context.clock);
    return json_response(submitted.replayed ? 200 : 201, receipt_json(submitted.receipt));
}

}  // namespace collabtender::api
