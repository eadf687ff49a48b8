#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "app/accounts/create_user.hpp"

namespace collabtender::api {

Response post_user(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    app::FieldReader fields{body};
    domain::NewUser user{fields.required_string("email"), fields.required_string("display_name"),
                         fields.required_string("role"), fields.required_string("password"), false};
    const domain::OrganisationId organisation_id{fields.required_string("organisation_id")};
    fields.boolean("authorised_signatory", user.authorised_signatory, app::Need::optional);
    fields.finish(domain::validate(user));
    user.email = domain::normalise_email(user.email);

    const auto created = app::create_user(*context.db, organisation_id, user, context.principal, context.now);
    if (const auto* refused = std::get_if<domain::Violation>(&created)) throw problems::validation({*refused});
    const auto& id = std::get<domain::UserId>(created);
    auto response = json_response(201, boost::json::object{{"id", id},
                                                           {"email", user.email},
                                                           {"display_name", user.display_name},
                                                           {"role", user.role},
                                                           {"organisation_id", organisation_id},
                                                           {"authorised_signatory", user.authorised_signatory}});
    response.headers.emplace_back("Location", "/api/v1/users/" + id.str());
    return response;
}

}  // namespace collabtender::api
