#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "app/accounts/read_me.hpp"

namespace collabtender::api {

// GET /api/v1/me (app::read_me): who is signed in, their organisation, and
// whether two-factor sign-in is on and required (required and not on: the
// session reaches only this and the enrolment until the person enrols).
Response get_me(const Request&, Context& context) {
    const auto me = app::read_me(*context.db, *context.principal);
    if (!me) throw problems::unauthenticated();
    return json_response(
        200, boost::json::object{
                 {"id", me->user.id},
                 {"email", me->user.email},
                 {"display_name", me->user.display_name},
                 {"role", domain::to_string(me->user.role)},
                 {"authorised_signatory", me->user.authorised_signatory},
                 {"organisation_admin", me->user.organisation_admin},
                 {"organisation",
                  {{"id", me->organisation.id},
                   {"name", me->organisation.name},
                   {"kind", domain::to_string(me->organisation.kind)}}},
                 {"two_factor", {{"enabled", me->user.totp_secret.has_value()}, {"required", me->two_factor_required}}},
             });
}

}  // namespace collabtender::api
