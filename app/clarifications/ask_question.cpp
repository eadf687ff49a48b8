#include "app/clarifications/ask_question.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/notifications/notify.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/clarification.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

persistence::ClarificationRecord ask_question(persistence::Connection& db, const domain::Principal& provider,
                                              const AskQuestion& command, domain::TimePoint now) {
    persistence::ClarificationRecord asked;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, command.tender_id, provider);
        domain::require_question_taken(tender.status, tender.details.timetable, now);
        if (command.lot_id && !persistence::find_lot(tx, tender.id, *command.lot_id))
            throw domain::invalid_input({{"/lot_id", "unknown_lot", "is not a lot of this tender"}});
        const auto id = persistence::insert_clarification(tx, tender.id, command.lot_id, provider.organisation_id,
                                                          provider.user_id, command.question, now);
        asked = *persistence::find_clarification(tx, tender.id, id);
        tell(tx, provider, now,
             {"clarification_asked", persistence::audience::Commissioners{tender.organisation_id}, tender_names(tender),
              "/tenders/" + tender.id.str() + "/clarifications", "clarification-" + id.str()});
        // The id only: the question is free text, published later in its own wording.
        append_audit(
            tx, provider, now,
            {tender.id, "clarification.ask", "clarification", id, nullptr,
             boost::json::object{{"lot_id", command.lot_id ? boost::json::value_from(*command.lot_id) : nullptr}}});
    });
    return asked;
}

}  // namespace collabtender::app
