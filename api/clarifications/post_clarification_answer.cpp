#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/clarifications/clarification_json.hpp"
#include "api/clarifications/publishing.hpp"
#include "api/handlers.hpp"
#include "api/notifications/notices.hpp"
#include "api/problem.hpp"
#include "domain/clarification.hpp"

namespace collabtender::api {

// The commissioner answers once, privately to the asker or, with "publish": true,
// anonymised to every provider (equal treatment).
Response post_clarification_answer(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string answer;
    bool publish_now = false;
    fields.text("answer", answer);
    fields.boolean("publish", publish_now, Need::optional);
    const auto publication = read_publication(fields);
    fields.finish(domain::validate_answer(answer, publication.published_question));
    if (!publish_now &&
        (publication.published_question || publication.correction_lot_id || publication.changes_tender_documents))
        throw problems::validation({{"/publish", "required", "must be true to publish a wording or a change"}});

    std::optional<persistence::ClarificationRecord> answered;
    int reconfirmations = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto [tender, clarification] = load_for_answer(tx, request, context);
        if (clarification.answer) throw problems::conflict("This question has already been answered.");
        persistence::answer_clarification(tx, clarification.id, answer, context.principal->user_id, context.now);
        reconfirmations = publish_now ? publish(tx, tender, clarification, publication, context) : 0;
        answered = persistence::find_clarification(tx, tender.id, clarification.id);
        tell(tx, context,
             {"clarification_answered", persistence::Audience::organisation, clarification.asked_by_organisation,
              tender_names(tender), "/opportunities/" + tender.id + "#clarifications", {}});
        audit(tx, context, {tender.id, "clarification.answer", "clarification", clarification.id,
                            boost::json::object{{"answered", false}},
                            boost::json::object{{"answered", true}, {"published", publish_now},
                                                {"lot_correction", corrected_lot(publication)},
                                                {"reconfirmations_required", reconfirmations}}});
    });
    auto out = clarification_json(*answered, ClarificationView::owner);
    out["reconfirmations_required"] = reconfirmations;
    return json_response(200, out);
}

}  // namespace collabtender::api
