#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {

// PATCH /api/v1/users/{user_id}: an admin names or removes a provider user as an
// authorised signatory of their organisation, {"authorised_signatory": true}.
Response patch_user(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    bool signatory = false;
    fields.boolean("authorised_signatory", signatory);
    fields.finish();

    std::optional<persistence::UserRecord> user;
    context.db->transact([&](persistence::Tx& tx) {
        user = persistence::find_user(tx, request.param("user_id"));
        if (!user) throw problems::not_found("No such user.");
        if (signatory && user->role != domain::Role::provider)
            throw problems::validation({{"/authorised_signatory", "not_provider", "only provider users sign off bids"}});
        persistence::set_authorised_signatory(tx, user->id, signatory);
        audit(tx, context, {std::nullopt, "user.update", "user", user->id,
                            boost::json::object{{"authorised_signatory", user->authorised_signatory}},
                            boost::json::object{{"authorised_signatory", signatory}}});
        user->authorised_signatory = signatory;
    });
    return json_response(200, boost::json::object{{"id", user->id},
                                                  {"email", user->email},
                                                  {"display_name", user->display_name},
                                                  {"role", domain::to_string(user->role)},
                                                  {"organisation_id", user->organisation_id},
                                                  {"authorised_signatory", user->authorised_signatory}});
}

}  // namespace collabtender::api
