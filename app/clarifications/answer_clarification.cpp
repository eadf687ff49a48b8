#include "app/clarifications/answer_clarification.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/notifications/notify.hpp"
#include "domain/clarification.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

ClarificationChange answer_clarification(persistence::Connection& db, const domain::Principal& commissioner,
                                         const AnswerClarification& command, domain::TimePoint now) {
    domain::refuse_if(domain::check_private_answer(command.publish, command.publication.says_anything()));
    ClarificationChange out;
    db.transact([&](persistence::Tx& tx) {
        const auto [tender, clarification] =
            load_for_answer(tx, commissioner, command.tender_id, command.clarification_id);
        domain::require_unanswered(clarification.answer.has_value());
        persistence::answer_clarification(tx, clarification.id, command.answer, commissioner.user_id, now);
        out.reconfirmations_required =
            command.publish ? publish(tx, commissioner, now, tender, clarification, command.publication) : 0;
        out.clarification = *persistence::find_clarification(tx, tender.id, clarification.id);
        tell(tx, commissioner, now,
             {"clarification_answered",
              persistence::audience::Organisation{domain::OrganisationId{clarification.asked_by_organisation}},
              tender_names(tender),
              "/opportunities/" + tender.id.str() + "#clarifications",
              {}});
        append_audit(tx, commissioner, now,
                     {tender.id, "clarification.answer", "clarification", clarification.id,
                      boost::json::object{{"answered", false}},
                      boost::json::object{{"answered", true},
                                          {"published", command.publish},
                                          {"lot_correction", corrected_lot(command.publication)},
                                          {"reconfirmations_required", out.reconfirmations_required}}});
    });
    return out;
}

}  // namespace collabtender::app
