#include <boost/json.hpp>

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
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        if (!domain::answers_allowed(tender.status))
            throw Problem{409, "clarifications-closed", "Answers closed", "This tender no longer takes answers."};
        const auto clarification =
            persistence::find_clarification(tx, tender.id, request.param("clarification_id"), true);
        if (!clarification) throw problems::not_found("No such clarification.");
        if (!clarification->answer) throw problems::conflict("Answer the question before publishing it.");
        if (clarification->published_at) throw problems::conflict("This clarification is already published.");
        publish(tx, tender, *clarification, publication, context.now);
        published = persistence::find_clarification(tx, tender.id, clarification->id);
    });
    return json_response(200, clarification_json(*published, ClarificationView::owner));
}

}  // namespace collabtender::api
