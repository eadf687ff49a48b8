#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/consortia/membership.hpp"
#include "api/handlers.hpp"
#include "domain/text.hpp"
#include "domain/refusal.hpp"

namespace collabtender::api {

// The owning body's commissioner agrees, with a recorded reason, that a consortium
// that has submitted may change its membership; the change must then be made
// before its next submission, which locks the membership again.
Response post_change_agreement(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string reason;
    fields.text("reason", reason);
    domain::Violations violations;
    domain::check_text(violations, reason, "/reason", 1, 2000);
    fields.finish(violations);

    Response response;
    context.db->transact([&](persistence::Tx& tx) {
        const auto visible = visible_consortium(tx, request.param("consortium_id"), *context.principal, true);
        if (visible.role != ConsortiumRole::overseer) throw problems::forbidden();
        // Between stages only: before stage 1 closes, whether a consortium is locked
        // would tell the owning body that it has submitted.
        if (!may_see_submission_state(visible.role, visible.tender, context.now))
            throw domain::Refusal{domain::RefusalCode::sealed,
                                  "Membership changes are agreed between stages, after the stage-1 deadline."};
        if (!visible.consortium.locked_at) throw problems::conflict("The consortium's membership is not locked.");
        persistence::record_change_agreement(tx, visible.consortium.id, context.principal->user_id, reason, context.now);
        response = consortium_response(tx, visible.consortium.id, context);
        // The commissioner's reason is part of the record: why membership could change.
        audit(tx, context, {visible.tender.id, "change_agreement.record", "consortium", visible.consortium.id,
                            boost::json::object{{"locked", true}},
                            boost::json::object{{"locked", false}, {"reason", reason}}});
    });
    return response;
}

}  // namespace collabtender::api
