#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/credentials.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/accounts/credentials.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {

// Ends the session the request was made with (a bearer token, or a browser's
// cookie, which is cleared); with {"everywhere": true}, every session of the person.
Response post_logout(const Request& request, Context& context) {
    bool everywhere = false;
    if (!request.body.empty()) {
        const auto body = parse_json_object(request);
        FieldReader fields{body};
        fields.boolean("everywhere", everywhere, Need::optional);
        fields.finish();
    }
    const auto header = request.header("authorization");
    const auto token = header ? bearer_token(header) : session_cookie(request.header("cookie"));
    context.db->transact([&](persistence::Tx& tx) {
        if (everywhere) persistence::revoke_sessions_of_user(tx, context.principal->user_id, context.now);
        else persistence::revoke_session(tx, app::token_digest(*token), context.now);
        audit(tx, context, {std::nullopt, "user.logout", "user", context.principal->user_id, nullptr,
                            boost::json::object{{"session", everywhere ? "all revoked" : "revoked"}}});
    });
    Response response{204, "", "", {}};
    if (!header) response.headers.emplace_back("Set-Cookie", session_cookie_header("", 0, false));
    return response;
}

}  // namespace collabtender::api
