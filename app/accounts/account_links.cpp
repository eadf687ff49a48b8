#include "app/accounts/account_links.hpp"

#include "app/accounts/credentials.hpp"

namespace collabtender::app {

void send_account_link(persistence::Tx& tx, const persistence::UserRecord& person, persistence::TokenPurpose purpose,
                       const std::optional<domain::UserId>& sent_by, domain::TimePoint now,
                       domain::TimePoint expires_at, persistence::AccountEmail email,
                       const std::optional<std::string>& new_email) {
    const auto token = new_token();
    persistence::revoke_account_tokens(tx, person.id, purpose, now);
    persistence::insert_account_token(tx, token_digest(token), purpose, {person.id, new_email}, sent_by, now,
                                      expires_at);
    email.to_address = new_email.value_or(person.email);
    email.to_name = person.display_name;
    email.secret = token;
    persistence::queue_account_email(tx, email, now);
}

}  // namespace collabtender::app
