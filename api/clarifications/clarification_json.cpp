#include "api/clarifications/clarification_json.hpp"

#include <boost/json.hpp>

#include "api/json_values.hpp"
#include "domain/time_format.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {

boost::json::object clarification_json(const persistence::ClarificationRecord& c, domain::ClarificationView view) {
    using domain::ClarificationView;
    boost::json::object out{{"id", c.id}, {"lot_id", nullable(c.lot_id)}};
    if (view == ClarificationView::published) {
        out["question"] = *c.published_question;
    } else {
        out["question"] = c.question;
        out["asked_at"] = domain::format_rfc3339(c.asked_at);
        out["published_question"] = nullable(c.published_question);
    }
    out["answer"] = nullable(c.answer);
    out["answered_at"] = nullable(c.answered_at);
    out["published"] = c.published_at.has_value();
    out["published_at"] = nullable(c.published_at);
    if (c.lot_correction_json) out["lot_correction"] = persistence::parse_stored_json(*c.lot_correction_json);
    out["changes_tender_documents"] = c.changes_tender_documents;
    if (view == ClarificationView::owner) {
        out["asked_by_organisation_id"] = c.asked_by_organisation;
        out["asked_by_organisation_name"] = c.asked_by_organisation_name;
    }
    return out;
}

boost::json::object clarification_change_json(const app::ClarificationChange& change) {
    auto out = clarification_json(change.clarification, domain::ClarificationView::owner);
    out["reconfirmations_required"] = change.reconfirmations_required;
    return out;
}

}  // namespace collabtender::api
