#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {

Response get_me(const Request&, Context& context) {
    std::optional<persistence::UserRecord> user;
    std::optional<persistence::OrganisationRecord> organisation;
    context.db->transact([&](persistence::Tx& tx) {
        user = persistence::find_user(tx, context.principal->user_id);
        if (user) organisation = persistence::find_organisation(tx, user->organisation_id);
    });
    if (!user || !organisation) throw problems::unauthenticated();
    return json_response(200, boost::json::object{
                                  {"id", user->id},
                                  {"email", user->email},
                                  {"display_name", user->display_name},
                                  {"role", domain::to_string(user->role)},
                                  {"authorised_signatory", user->authorised_signatory},
                                  {"organisation",
                                   {{"id", organisation->id},
                                    {"name", organisation->name},
                                    {"kind", domain::to_string(organisation->kind)}}},
                              });
}

}  // namespace collabtender::api
