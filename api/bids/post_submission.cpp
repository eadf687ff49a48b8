#include <boost/json.hpp>

#include "api/json_values.hpp"

#include "api/audit/audit.hpp"
#include "api/bids/bid_context.hpp"
#include "api/handlers.hpp"
#include "api/notifications/notices.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "domain/bid.hpp"
#include "persistence/evaluation_repository.hpp"
#include "domain/lot.hpp"

namespace collabtender::api {
// Submits the current draft to the open stage as a new, immutable version with a
// receipt. The sender confirms domain::submission_declaration
// ({"declaration_confirmed": true}), recorded with the receipt in those words. The same Idempotency-Key returns the same receipt, never a second
// version. The bid row is locked throughout, so two members submitting at once
// get consecutive versions; the deadline is checked against the server's clock
// at that moment, so a submission racing it is wholly in or wholly out.
Response post_submission(const Request& request, Context& context) {
    const auto key = request.header("idempotency-key");
    if (!key || key->empty() || key->size() > 200)
        throw Problem{400, "idempotency-key-required", "Idempotency-Key required",
                      "Send an Idempotency-Key header (up to 200 characters) so a retry cannot submit twice."};
    // No body at all is the commonest way to forget the declaration: the same 422.
    const auto body = request.body.empty() ? boost::json::object{} : parse_json_object(request);
    FieldReader fields{body};
    bool confirmed = false;
    fields.boolean("declaration_confirmed", confirmed);
    domain::Violations unconfirmed;
    if (const auto* given = body.if_contains("declaration_confirmed"); given && given->is_bool() && !confirmed)
        unconfirmed.push_back({"/declaration_confirmed", "required",
                               "confirm that the bid is complete and accurate and that you may send it"});
    fields.finish(unconfirmed);

    persistence::SubmissionRecord receipt;
    bool replayed = false;
    context.db->transact([&](persistence::Tx& tx) {
        replayed = false;
        // The membership that is submitted is the membership that gets locked.
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal, persistence::BidLock::bid_and_membership);
        auto earlier = persistence::submission_by_key(tx, c.bid.id, *key);
        if (earlier.sent_with_key) {
            receipt = std::move(*earlier.sent_with_key);
            replayed = true;
            return;
        }
        // The clock is read once the bid is locked, so the receipt's time is the
        // moment the submission was decided, not when the request began waiting.
        const auto now = context.clock();
        const auto stage = domain::open_stage(c.tender.status, c.tender.details.timetable, now);
        if (!stage)
            throw Problem{409, "deadline-passed", "Deadline passed",
                          "This tender takes no submissions now: the deadline has passed or the stage is not open."};
        domain::require_lot_going_ahead(c.lot.cancellation.has_value(), domain::LotUse::bidding);
        if (*stage == 2 && !persistence::standing_submission(tx, c.bid.id, 1))
            throw Problem{409, "not-in-stage-2", "Not in stage 2",
                          "Only bids that stood at the end of stage 1 may submit a revised bid."};
        require_in_tender(c);
        // The draft every member signed off: the content without a version.
        const auto signed_draft = draft_digest(c, *stage);
        auto problems = submission_problems(c);
        const auto unsigned_members = missing_sign_offs(c, signed_draft);
        problems.insert(problems.end(), unsigned_members.begin(), unsigned_members.end());
        if (!problems.empty())
            throw Problem{422, "bid-incomplete", "Bid incomplete", "The bid cannot be submitted yet."}.with_errors(problems);
        const int version = earlier.latest_version + 1;
        const auto content = boost::json::serialize(canonical_content(c, *stage, version, c.documents));
        // Sent again after a change to the tender: that answers the change.
        receipt = persistence::record_submission(
            tx,
            {{}, c.bid.id, *stage, version, content, sha256_hex(content), context.principal->user_id, now, *key,
             std::nullopt, std::string{domain::submission_declaration}, signed_draft},
            c.consortium.id);
        // Only here, past the replay's early return: a repeated key appends nothing.
        auto names = bid_names(c);
        names["stage"] = std::to_string(receipt.stage);
        names["submitted_at"] = domain::readable_time(receipt.submitted_at);
        names["sha256"] = receipt.sha256;
        names["signed_draft_sha256"] = signed_draft;
        names["declaration"] = domain::submission_declaration;
        tell(tx, context,
             {"bid_submitted", persistence::Audience::consortium, c.consortium.id, names, "/bids/" + c.bid.id + "/submit", {}});
        audit(tx, context, {c.tender.id, "bid.submit", "bid", c.bid.id, nullptr,
                            boost::json::object{{"submission_id", receipt.id},
                                                {"stage", receipt.stage},
                                                {"version", receipt.version},
                                                {"sha256", receipt.sha256},
                                                {"signed_draft_sha256", signed_draft},
                                                {"declaration", domain::submission_declaration}}});
    });
    return json_response(replayed ? 200 : 201, receipt_json(receipt));
}

}  // namespace collabtender::api
