#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/consortia/membership.hpp"
#include "api/handlers.hpp"

namespace collabtender::api {

// The lead removes a member or withdraws an invitation; a member may leave.
// The lead itself stays: a consortium without its lead is a different one.
Response delete_member(const Request& request, Context& context) {
    context.db->transact([&](persistence::Tx& tx) {
        const auto& organisation_id = request.param("organisation_id");
        const auto visible = visible_consortium(tx, request.param("consortium_id"), *context.principal, true);
        const bool leaving = organisation_id == context.principal->organisation_id;
        if (visible.role != ConsortiumRole::lead && !(visible.role == ConsortiumRole::member && leaving))
            throw problems::forbidden();
        require_membership_changeable(visible);
        const auto* record = visible.consortium.member(organisation_id);
        if (record == nullptr) throw problems::not_found("That organisation is not in this consortium.");
        if (record->member.role == domain::MemberRole::lead)
            throw problems::conflict("The lead cannot leave its consortium.");
        persistence::remove_member(tx, visible.consortium.id, organisation_id);
        consortium_changed(tx, visible.consortium.id, context);
        const auto& was = record->member;
        audit(tx, context, {visible.tender.id, leaving ? "member.leave" : "member.remove", "consortium",
                            visible.consortium.id,
                            boost::json::object{{"organisation_id", organisation_id},
                                                {"role", domain::to_string(was.role)},
                                                {"share_bp", was.share_bp},
                                                {"status", domain::to_string(was.status)}},
                            nullptr});
    });
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
