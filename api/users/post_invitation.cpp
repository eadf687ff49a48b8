#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/users/account_json.hpp"
#include "app/accounts/invitations.hpp"

namespace collabtender::api {

// POST /api/v1/users/invitations (app::invite_person): an admin invites anyone, an
// organisation's administrator its people, a commissioner a panellist of their own
// body (the organisation defaults to the inviter's); the person is emailed a link
// to choose their password.
Response post_invitation(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    app::FieldReader fields{body};
    domain::Invitation invitation;
    invitation.email = fields.required_string("email");
    invitation.display_name = fields.required_string("display_name");
    invitation.role = fields.required_string("role");
    invitation.organisation_id = context.principal->organisation_id;
    fields.text("organisation_id", invitation.organisation_id, app::Need::optional);
    fields.boolean("authorised_signatory", invitation.authorised_signatory, app::Need::optional);
    fields.boolean("organisation_admin", invitation.organisation_admin, app::Need::optional);
    fields.finish(domain::validate(invitation));
    invitation.email = domain::normalise_email(invitation.email);

    const auto account = app::invite_person(*context.db, *context.principal, invitation, context.now);
    auto response = json_response(201, account_json(account));
    response.headers.emplace_back("Location", "/api/v1/users/" + account.user.id.str());
    return response;
}

}  // namespace collabtender::api
