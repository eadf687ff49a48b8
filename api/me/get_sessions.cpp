#include <boost/json.hpp>

#include "api/credentials.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "app/accounts/credentials.hpp"
#include "app/accounts/own_sessions.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

// GET /api/v1/me/sessions (app::list_own_sessions): the person's signed-in
// sessions, last used first, with the device and address each was opened from.
Response get_sessions(const Request& request, Context& context) {
    const auto current =
        app::token_digest(request_token(request.header("authorization"), request.header("cookie")).value());
    boost::json::array items;
    for (const auto& s : app::list_own_sessions(*context.db, *context.principal, current, context.now))
        items.push_back(boost::json::object{{"id", s.id},
                                            {"kind", s.browser ? "browser" : "bearer"},
                                            {"current", s.current},
                                            {"created_at", domain::format_rfc3339(s.created_at)},
                                            {"last_used_at", domain::format_rfc3339(s.last_used_at)},
                                            {"expires_at", domain::format_rfc3339(s.expires_at)},
                                            {"user_agent", nullable(s.user_agent)},
                                            {"client_address", nullable(s.client_address)}});
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
