#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/evaluation/evaluation_access.hpp"
#include "api/evaluation/feedback_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/problem.hpp"
#include "domain/text.hpp"

namespace collabtender::api {

// PUT /api/v1/bids/{bid_id}/feedback: the commissioner's edit of a bidder's
// stage-1 feedback before release, {"text", "suggested_lot_id": a lot of the
// tender or null, "advice": [{"criterion", "text"}]}, e.g. suggesting a single
// bidder seek partners for a lot. Per-criterion advice not given stays the
// panel's own; the bidder reads it on the matching section in stage 2. Answers
// with the feedback as GET reads it (feedback_json).
Response put_feedback(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    persistence::FeedbackRecord feedback;
    fields.text("text", feedback.text);
    fields.nullable_text("suggested_lot_id", feedback.suggested_lot_id);
    domain::Violations more;
    domain::check_text(more, feedback.text, "/text", 1, 20000);
    boost::json::object advice;
    fields.objects("advice", [&](std::size_t i, FieldReader& item) {
        int criterion = 0;
        std::string text;
        item.integer("criterion", criterion);
        item.text("text", text);
        domain::check_text(more, text, "/advice/" + std::to_string(i) + "/text", 0, 5000);
        advice[std::to_string(criterion)] = text;
    }, Need::optional);
    fields.finish(more);
    feedback.advice_json = boost::json::serialize(advice);

    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto bid = evaluated_bid(tx, request.param("bid_id"), *context.principal, 1, true);
        if (!bid.commissioner) throw problems::forbidden();
        if (bid.tender.status != domain::TenderStatus::stage1_evaluation)
            throw problems::conflict("Feedback is edited during stage-1 evaluation, before it is released.");
        if (feedback.suggested_lot_id) {
            const auto lot = persistence::find_lot(tx, bid.tender.id, *feedback.suggested_lot_id);
            if (!lot) throw problems::validation({{"/suggested_lot_id", "unknown_lot", "is not a lot of this tender"}});
            // Nobody can bid for a cancelled lot any more: no partner to look for.
            if (lot->cancellation)
                throw problems::validation({{"/suggested_lot_id", "lot_cancelled", "is a cancelled lot"}});
        }
        for (const auto& [criterion, text] : advice)
            if (std::stoul(std::string{criterion}) >= bid.criteria.size())
                throw problems::validation({{"/advice", "unknown_criterion", "names a criterion the lot does not have"}});
        feedback.edited_by = context.principal->user_id;
        feedback.updated_at = context.now;
        persistence::save_feedback(tx, bid.bid.id, feedback);
        audit(tx, context, {bid.tender.id, "feedback.edit", "bid", bid.bid.id, nullptr,
                            boost::json::object{{"suggested_lot_id", nullable(feedback.suggested_lot_id)}}});
        out = feedback_json(tx, bid, false, persistence::find_feedback_release(tx, bid.tender.id));
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
