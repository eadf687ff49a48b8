#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/clarifications/clarification_json.hpp"
#include "api/clarifications/publishing.hpp"
#include "api/handlers.hpp"
#include "api/problem.hpp"
#include "domain/clarification.hpp"

namespace collabtender::api {

// Publishes an answered question that was first answered privately.
Response post_clarification_publish(const Request& request, Context& context) {
    const auto body = request.body.empty() ? boost::json::object{} : parse_json_object(request);
    FieldReader fields{body};
    const auto publication = read_publication(fields);
    domain::Violations violations;
    if (publication.published_question) violations = domain::validate_answer("answered", publication.published_question);
    fields.finish(violations);

    std::optional<persistence::ClarificationRecord> published;
    int reconfirmations = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto [tender, clarification] = load_for_answer(tx, request, context);
        if (!clarification.answer) throw problems::conflict("Answer the question before publishing it.");
        if (clarification.published_at) throw problems::conflict("This clarification is already published.");
        reconfirmations = publish(tx, tender, clarification, publication, context);
        published = persistence::find_clarification(tx, tender.id, clarification.id);
        audit(tx, context, {tender.id, "clarification.publish", "clarification", clarification.id,
                            boost::json::object{{"published", false}},
                            boost::json::object{{"published", true},
                                                {"lot_correction", corrected_lot(publication)},
                                                {"reconfirmations_required", reconfirmations}}});
    });
    auto out = clarification_json(*published, ClarificationView::owner);
    out["reconfirmations_required"] = reconfirmations;
    return json_response(200, out);
}

}  // namespace collabtender::api
