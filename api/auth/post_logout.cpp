#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/credentials.hpp"
#include "api/handlers.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {

// Revokes the token the request was made with; other sessions stay signed in.
Response post_logout(const Request& request, Context& context) {
    const auto token = bearer_token(request.header("authorization"));
    context.db->transact([&](persistence::Tx& tx) {
        persistence::revoke_session(tx, token_digest(*token), context.now);
        audit(tx, context, {std::nullopt, "user.logout", "user", context.principal->user_id, nullptr,
                            boost::json::object{{"session", "revoked"}}});
    });
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
