#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/accounts/password_reset.hpp"

namespace collabtender::api {

// POST /api/v1/auth/password-reset {"email"} (app::request_password_reset): the
// same answer whether or not the address has an account, so that nobody learns
// who does. Counted per client address like a sign-in.
Response post_password_reset(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    app::FieldReader fields{body};
    const auto email = fields.required_string("email");
    domain::Violations more;
    if (!domain::plausible_email(domain::normalise_email(email)))
        more.push_back({"/email", "invalid_email", "must be an email address"});
    fields.finish(more);
    app::request_password_reset(*context.db, email, context.now);
    return json_response(
        202, boost::json::object{{"detail",
                                  "If this email address has an account, we have sent it a link to choose a "
                                  "new password. The link works for 30 minutes."}});
}

}  // namespace collabtender::api
