#include "api/clarifications/publishing.hpp"

#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/notifications/notices.hpp"
#include "api/problem.hpp"
#include "domain/clarification.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

Publication read_publication(FieldReader& fields) {
    Publication out;
    fields.nullable_text("published_question", out.published_question);
    if (const auto* correction = fields.object("lot_correction", Need::optional)) {
        FieldReader reader{*correction, fields.pointer("lot_correction")};
        std::string lot_id;
        reader.text("lot_id", lot_id);
        out.correction_lot_id = lot_id;
        out.correction_changes = reader.object("changes");
        fields.absorb(reader);
    }
    return out;
}

boost::json::value corrected_lot(const Publication& publication) {
    if (!publication.correction_lot_id || !publication.correction_changes) return nullptr;
    return boost::json::value(*publication.correction_lot_id);
}

Answering load_for_answer(persistence::Tx& tx, const Request& request, const Context& context) {
    auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
    if (!domain::answers_allowed(tender.status))
        throw Problem{409, "clarifications-closed", "Answers closed", "This tender no longer takes answers."};
    auto clarification = persistence::find_clarification(tx, tender.id, request.param("clarification_id"), true);
    if (!clarification) throw problems::not_found("No such clarification.");
    return {std::move(tender), std::move(*clarification)};
}

void publish(persistence::Tx& tx, const persistence::TenderRecord& tender,
             const persistence::ClarificationRecord& clarification, const Publication& publication,
             const Context& context) {
    std::optional<std::string> correction_json;
    if (publication.correction_lot_id && publication.correction_changes) {
        auto lot = persistence::find_lot(tx, tender.id, *publication.correction_lot_id);
        if (!lot) throw problems::validation({{"/lot_correction/lot_id", "unknown_lot", "is not a lot of this tender"}});
        FieldReader changes{*publication.correction_changes, "/lot_correction/changes", true};
        read_lot(changes, lot->details);
        auto violations = domain::validate(lot->details);
        for (auto& v : violations) v.pointer = "/lot_correction/changes" + v.pointer;
        changes.finish(violations);
        persistence::update_lot(tx, tender.id, lot->id, lot->version, lot->details);
        correction_json = boost::json::serialize(
            boost::json::object{{"lot_id", lot->id}, {"changes", *publication.correction_changes}});
    }
    persistence::publish_clarification(tx, clarification.id,
                                       publication.published_question.value_or(clarification.question),
                                       correction_json, context.now);
    tell(tx, context,
         {"clarification_published", persistence::Audience::tender_followers, tender.id, tender_names(tx, tender),
          "/opportunities/" + tender.id + "#clarifications", {}});
}

}  // namespace collabtender::api
