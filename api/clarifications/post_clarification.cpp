#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/clarifications/clarification_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/notifications/notices.hpp"
#include "api/problem.hpp"
#include "domain/clarification.hpp"

namespace collabtender::api {

// A provider's question, private to its organisation and the commissioner until
// the commissioner publishes it.
Response post_clarification(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string question;
    std::optional<std::string> lot_id;
    fields.text("question", question);
    fields.nullable_text("lot_id", lot_id);
    fields.finish(domain::validate_question(question));

    std::optional<persistence::ClarificationRecord> asked;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (const auto refused = domain::refuse_question(tender.status, tender.details.timetable, context.now))
            throw Problem{409, "clarifications-closed", "Questions closed", refused->message}.with_errors({*refused});
        if (lot_id && !persistence::find_lot(tx, tender.id, *lot_id))
            throw problems::validation({{"/lot_id", "unknown_lot", "is not a lot of this tender"}});
        const auto& p = *context.principal;
        const auto id = persistence::insert_clarification(tx, tender.id, lot_id, p.organisation_id, p.user_id,
                                                          question, context.now);
        asked = persistence::find_clarification(tx, tender.id, id);
        tell(tx, context,
             {"clarification_asked", persistence::Audience::commissioners, tender.organisation_id,
              tender_names(tender), "/tenders/" + tender.id + "/clarifications", "clarification-" + id});
        // The id only: the question is free text, published later in its own wording.
        audit(tx, context, {tender.id, "clarification.ask", "clarification", id, nullptr,
                            boost::json::object{{"lot_id", lot_id ? boost::json::value(*lot_id) : nullptr}}});
    });
    auto response = json_response(201, clarification_json(*asked, ClarificationView::asker));
    response.headers.emplace_back("Location",
                                  "/api/v1/tenders/" + asked->tender_id + "/clarifications/" + asked->id);
    return response;
}

}  // namespace collabtender::api
