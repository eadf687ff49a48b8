#include "app/accounts/deactivation.hpp"

#include <boost/json.hpp>

#include "app/accounts/accounts.hpp"
#include "app/audit.hpp"
#include "domain/refusal.hpp"
#include "domain/text.hpp"

namespace collabtender::app {

persistence::Account deactivate_person(persistence::Connection& db, const domain::Principal& manager,
                                       const domain::UserId& user_id, const std::string& reason,
                                       domain::TimePoint now) {
    std::optional<persistence::Account> out;
    db.transact([&](persistence::Tx& tx) {
        const auto person = managed_account(tx, manager, user_id);
        domain::refuse_if(domain::check_deactivation(manager, user_id, reason));
        const std::string why{domain::trim(reason)};
        if (persistence::deactivate_user(tx, user_id, manager.user_id, why, now)) {
            persistence::revoke_sessions_of_user(tx, user_id, now);
            persistence::revoke_account_tokens(tx, user_id, persistence::TokenPurpose::invitation, now);
            persistence::revoke_account_tokens(tx, user_id, persistence::TokenPurpose::password_reset, now);
            append_audit(tx, manager, now,
                         {std::nullopt, "user.deactivate", "user", user_id,
                          boost::json::object{{"status", domain::to_string(person.user.status)}},
                          boost::json::object{{"status", "deactivated"}, {"reason", why}}});
        }
        out = account_now(tx, user_id);
    });
    return *out;
}

persistence::Account reactivate_person(persistence::Connection& db, const domain::Principal& manager,
                                       const domain::UserId& user_id, const std::string& reason,
                                       domain::TimePoint now) {
    std::optional<persistence::Account> out;
    db.transact([&](persistence::Tx& tx) {
        const auto person = managed_account(tx, manager, user_id);
        domain::refuse_if(domain::check_reason(reason));
        const std::string why{domain::trim(reason)};
        if (person.user.status == domain::AccountStatus::deactivated) {
            persistence::reactivate_user(tx, user_id);
            out = account_now(tx, user_id);
            append_audit(
                tx, manager, now,
                {std::nullopt, "user.reactivate", "user", user_id, boost::json::object{{"status", "deactivated"}},
                 boost::json::object{{"status", domain::to_string(out->user.status)}, {"reason", why}}});
        } else {
            out = person;
        }
    });
    return *out;
}

}  // namespace collabtender::app
