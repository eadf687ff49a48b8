#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/consortia/membership.hpp"
#include "api/handlers.hpp"

namespace collabtender::api {

// The lead changes a member's role or share (its own share too).
Response patch_member(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    Response response;
    context.db->transact([&](persistence::Tx& tx) {
        const auto visible = led_consortium(tx, request.param("consortium_id"), *context.principal);
        require_membership_changeable(visible);
        const auto* record = visible.consortium.member(request.param("organisation_id"));
        if (record == nullptr) throw problems::not_found("That organisation is not in this consortium.");
        auto member = record->member;
        FieldReader fields{body, "", true};
        std::string role_text{domain::to_string(member.role)};
        fields.text("role", role_text);
        fields.integer("share_bp", member.share_bp);
        const auto role = domain::parse_member_role(role_text);
        auto violations = domain::validate_share(member.share_bp, "/share_bp");
        if (!role) violations.push_back({"/role", "invalid_value", "must be lead, partner or subcontractor"});
        else if ((*role == domain::MemberRole::lead) != (member.role == domain::MemberRole::lead))
            violations.push_back({"/role", "lead_fixed", "the lead's role cannot move to or from another member"});
        fields.finish(violations);
        persistence::update_member(tx, visible.consortium.id, member.organisation_id, *role, member.share_bp);
        // Changed terms are not what members acknowledged: they acknowledge again.
        persistence::clear_acknowledgements(tx, visible.consortium.id);
        response = consortium_response(tx, visible.consortium.id, context);
        const auto& was = record->member;
        audit(tx, context, {visible.tender.id, "member.update", "consortium", visible.consortium.id,
                            boost::json::object{{"organisation_id", was.organisation_id},
                                                {"role", domain::to_string(was.role)},
                                                {"share_bp", was.share_bp}},
                            boost::json::object{{"organisation_id", member.organisation_id},
                                                {"role", domain::to_string(*role)},
                                                {"share_bp", member.share_bp},
                                                {"acknowledgements", "cleared"}}});
    });
    return response;
}

}  // namespace collabtender::api
