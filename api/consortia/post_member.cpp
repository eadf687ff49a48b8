#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/consortia/membership.hpp"
#include "api/handlers.hpp"
#include "api/notifications/notices.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {

// The lead invites another provider organisation with a role and a share.
Response post_member(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string organisation_id, role_text;
    int share_bp = 0;
    fields.text("organisation_id", organisation_id);
    fields.text("role", role_text);
    fields.integer("share_bp", share_bp);
    const auto role = domain::parse_member_role(role_text);
    auto violations = domain::validate_invitation(role.value_or(domain::MemberRole::partner), share_bp);
    if (!role) violations.push_back({"/role", "invalid_value", "must be partner or subcontractor"});
    fields.finish(violations);

    Response response;
    context.db->transact([&](persistence::Tx& tx) {
        const auto visible = led_consortium(tx, request.param("consortium_id"), *context.principal);
        require_membership_changeable(visible);
        const auto organisation = persistence::find_organisation(tx, organisation_id);
        if (!organisation || organisation->kind != domain::OrganisationKind::provider)
            throw problems::validation({{"/organisation_id", "not_a_provider", "does not name a provider organisation"}});
        // A declined invitation may be renewed: then `before` says it was declined.
        boost::json::value before = nullptr;
        if (const auto* previous = visible.consortium.member(organisation->id))
            before = boost::json::object{{"organisation_id", organisation->id},
                                         {"status", domain::to_string(previous->member.status)}};
        if (!persistence::invite_member(tx, visible.consortium.id, organisation->id, *role, share_bp, context.now))
            throw problems::conflict("That organisation is already invited to or a member of this consortium.");
        response = consortium_response(tx, visible.consortium.id, context, 201);
        auto names = tender_names(visible.tender);
        names["consortium"] = visible.consortium.name;
        names["organisation"] = organisation->name;
        names["lead"] = visible.consortium.member(visible.consortium.lead_organisation_id)->organisation_name;
        tell(tx, context,
             {"consortium_invitation", persistence::Audience::organisation, organisation->id, names, "/invitations", {}});
        audit(tx, context, {visible.tender.id, "member.invite", "consortium", visible.consortium.id, before,
                            boost::json::object{{"organisation_id", organisation->id},
                                                {"role", domain::to_string(*role)},
                                                {"share_bp", share_bp},
                                                {"status", "invited"}}});
    });
    return response;
}

}  // namespace collabtender::api
