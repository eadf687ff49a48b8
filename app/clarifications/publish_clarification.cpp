#include "app/clarifications/publish_clarification.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/clarification.hpp"

namespace collabtender::app {

ClarificationChange publish_clarification(persistence::Connection& db, const domain::Principal& commissioner,
                                          const PublishClarification& command, domain::TimePoint now) {
    ClarificationChange out;
    db.transact([&](persistence::Tx& tx) {
        const auto [tender, clarification] =
            load_for_answer(tx, commissioner, command.tender_id, command.clarification_id);
        domain::require_publishable(clarification.answer.has_value(), clarification.published_at.has_value());
        out.reconfirmations_required = publish(tx, commissioner, now, tender, clarification, command.publication);
        out.clarification = *persistence::find_clarification(tx, tender.id, clarification.id);
        append_audit(tx, commissioner, now,
                     {tender.id, "clarification.publish", "clarification", clarification.id,
                      boost::json::object{{"published", false}},
                      boost::json::object{{"published", true},
                                          {"lot_correction", corrected_lot(command.publication)},
                                          {"reconfirmations_required", out.reconfirmations_required}}});
    });
    return out;
}

}  // namespace collabtender::app
