#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/notifications/notices.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/tenders/lot_bids.hpp"
#include "api/tenders/tender_json.hpp"
#include "domain/time_format.hpp"
#include "domain/bid.hpp"
#include "domain/deadline_change.hpp"
#include "domain/text.hpp"
#include "persistence/clarifications_repository.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/deadline-changes {"stage", "deadline",
// "reason"}: moves a stage's deadline before it passes (never earlier once bids
// have started), or after it passed while a lot is short of the tender's minimum
// number of bids and the stage is not yet closed. In the same transaction it is
// published as a clarification that every bidder can read, and everyone following
// the tender is told: a formal notice, always emailed.
Response post_deadline_change(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    domain::DeadlineChange change;
    std::optional<domain::TimePoint> deadline;
    std::string reason;
    fields.integer("stage", change.stage);
    fields.nullable_time("deadline", deadline);
    fields.text("reason", reason);
    domain::Violations more;
    if (!deadline) more.push_back({"/deadline", "required", "is required"});
    domain::check_text(more, reason, "/reason", 1, 2000);
    fields.finish(more);
    change.deadline = *deadline;

    std::optional<persistence::TenderRecord> updated;
    context.db->transact([&](persistence::Tx& tx) {
        // Locked: one change of the timetable at a time.
        const auto tender = *persistence::find_tender(
            tx, manageable_tender(tx, request.param("tender_id"), context.principal).id, true);
        const auto& timetable = tender.details.timetable;
        if (change.stage == 1 || change.stage == 2) {
            // Only a passed deadline needs the count: a lot short of bids lets it reopen.
            const auto current = change.stage == 1 ? timetable.stage1_deadline : timetable.stage2_deadline;
            const bool short_of_bids =
                !domain::before_deadline(current, context.now) &&
                any_short_of_bids(lot_standings(tx, tender, change.stage), tender.details.minimum_bids.of(change.stage));
            const auto movable =
                domain::deadline_movable(tender.status, timetable, change.stage, context.now, short_of_bids);
            if (!movable.open) throw Problem{409, movable.code, "The deadline cannot move", movable.reason};
        }
        const auto refused =
            domain::check_deadline_change(timetable, change, context.now, persistence::tender_has_bids(tx, tender.id));
        if (!refused.empty()) throw problems::validation(refused);
        const auto previous = change.stage == 1 ? timetable.stage1_deadline : timetable.stage2_deadline;
        persistence::set_stage_deadline(tx, tender.id, change.stage, change.deadline);

        // Published as a clarification, in the buyer's name, so the record of
        // questions and answers says when and why the deadline moved.
        const auto stage = std::to_string(change.stage);
        const auto question = "When are stage " + stage + " bids due now?";
        const auto answer = "Stage " + stage + " bids are now due by " + domain::readable_time(change.deadline) +
                            (previous ? " instead of " + domain::readable_time(*previous) : std::string{}) + ". " + reason;
        const auto id = persistence::insert_clarification(tx, tender.id, std::nullopt, tender.organisation_id,
                                                          context.principal->user_id, question, context.now);
        persistence::answer_clarification(tx, id, answer, context.principal->user_id, context.now);
        persistence::publish_clarification(tx, id, question, std::nullopt, false, context.now);

        auto names = tender_names(tender);
        names["stage"] = stage;
        names["deadline"] = domain::readable_time(change.deadline);
        names["previous"] = previous ? domain::readable_time(*previous) : "not set";
        names["reason"] = reason;
        tell(tx, context,
             {"deadline_changed", persistence::Audience::tender_followers, tender.id, std::move(names),
              "/opportunities/" + tender.id + "#clarifications", std::nullopt});
        audit(tx, context,
              {tender.id, "tender.deadline_change", "tender", tender.id,
               boost::json::object{{"stage", change.stage},
                                   {"deadline", previous ? boost::json::value(domain::format_rfc3339(*previous)) : nullptr}},
               boost::json::object{{"stage", change.stage}, {"deadline", domain::format_rfc3339(change.deadline)}, {"reason", reason}}});
        updated = persistence::find_tender(tx, tender.id);
    });
    auto response = json_response(200, tender_json(*updated));
    response.headers.emplace_back("ETag", etag(updated->version));
    return response;
}

}  // namespace collabtender::api
