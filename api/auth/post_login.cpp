#include <boost/json.hpp>

#include "api/credentials.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/time_format.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {
namespace {

// Verified when the email is unknown, so that an unknown email and a wrong password
// take the same time and get the same answer.
const std::string& decoy_hash() {
    static const std::string hash = hash_password("decoy password that matches no account");
    return hash;
}

}  // namespace

Response post_login(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    const auto email = fields.required_string("email");
    const auto password = fields.required_string("password");
    fields.finish();

    const auto email_key = domain::normalise_email(email);
    const auto expires_at = context.now + context.settings.token_lifetime;
    std::optional<long> locked_for;
    std::optional<persistence::UserRecord> signed_in;
    std::string token;

    context.db->transact([&](persistence::Tx& tx) {
        locked_for.reset();
        signed_in.reset();
        const auto throttle = persistence::lock_throttle(tx, email_key);
        if (domain::is_locked(throttle, context.now)) {
            locked_for = domain::retry_after(throttle, context.now).count();
            return;
        }
        auto user = persistence::find_user_by_email(tx, email_key);
        const bool verified = verify_password(user ? user->password_hash : decoy_hash(), password);
        if (!user || !verified) {
            // Committed, not thrown: the failure must count even though sign-in fails.
            persistence::save_throttle(tx, email_key,
                                       domain::after_failure(throttle, context.now, context.settings.login_throttle));
            return;
        }
        persistence::clear_throttle(tx, email_key);
        token = new_token();
        persistence::insert_session(tx, token_digest(token), user->id, context.now, expires_at);
        signed_in = std::move(user);
    });

    if (locked_for) throw problems::too_many_attempts(*locked_for);
    if (!signed_in) throw problems::invalid_credentials();
    return json_response(200, boost::json::object{
                                  {"token", token},
                                  {"token_type", "Bearer"},
                                  {"expires_at", format_rfc3339(expires_at)},
                                  {"user_id", signed_in->id},
                              });
}

}  // namespace collabtender::api
