#include "app/tenders/change_deadline.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/notifications/notify.hpp"
#include "app/tenders/deadline_standing.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/time_format.hpp"
#include "persistence/clarifications_repository.hpp"

namespace collabtender::app {

persistence::TenderRecord change_deadline(persistence::Connection& db, const domain::Principal& commissioner,
                                          const ChangeDeadline& command, domain::TimePoint now) {
    const auto& change = command.change;
    std::optional<persistence::TenderRecord> updated;
    db.transact([&](persistence::Tx& tx) {
        // Locked: one change of the timetable at a time.
        const auto tender = manageable_tender(tx, command.tender_id, commissioner);
        const auto& timetable = tender.details.timetable;
        if (change.stage == 1 || change.stage == 2)
            if (const auto fixed = deadline_fixed(tx, tender, change.stage, now)) throw *fixed;
        domain::refuse_if(
            domain::check_deadline_change(timetable, change, now, persistence::tender_has_bids(tx, tender.id)));
        const auto previous = change.stage == 1 ? timetable.stage1_deadline : timetable.stage2_deadline;
        persistence::set_stage_deadline(tx, tender.id, change.stage, change.deadline);

        // Published as a clarification, in the buyer's name, so the record of
        // questions and answers says when and why the deadline moved.
        const auto stage = std::to_string(change.stage);
        const auto question = "When are stage " + stage + " bids due now?";
        const auto answer = "Stage " + stage + " bids are now due by " + domain::readable_time(change.deadline) +
                            (previous ? " instead of " + domain::readable_time(*previous) : std::string{}) + ". " +
                            command.reason;
        const auto id = persistence::insert_clarification(tx, tender.id, std::nullopt, tender.organisation_id,
                                                          commissioner.user_id, question, now);
        persistence::answer_clarification(tx, id, answer, commissioner.user_id, now);
        persistence::publish_clarification(tx, id, question, std::nullopt, false, now);

        auto names = tender_names(tender);
        names["stage"] = stage;
        names["deadline"] = domain::readable_time(change.deadline);
        names["previous"] = previous ? domain::readable_time(*previous) : "not set";
        names["reason"] = command.reason;
        tell(tx, commissioner, now,
             {"deadline_changed", persistence::audience::TenderFollowers{tender.id}, std::move(names),
              "/opportunities/" + tender.id.str() + "#clarifications", std::nullopt});
        append_audit(
            tx, commissioner, now,
            {tender.id, "tender.deadline_change", "tender", tender.id,
             boost::json::object{{"stage", change.stage},
                                 {"deadline", previous ? boost::json::value(domain::format_rfc3339(*previous)) : nullptr}},
             boost::json::object{{"stage", change.stage},
                                 {"deadline", domain::format_rfc3339(change.deadline)},
                                 {"reason", command.reason}}});
        updated = persistence::find_tender(tx, tender.id);
    });
    return std::move(*updated);
}

}  // namespace collabtender::app
