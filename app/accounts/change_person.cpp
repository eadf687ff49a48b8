#include "app/accounts/change_person.hpp"

#include <boost/json.hpp>

#include "app/accounts/accounts.hpp"
#include "app/audit.hpp"
#include "domain/account_management.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

persistence::Account change_person(persistence::Connection& db, const domain::Principal& manager,
                                   const ChangePerson& command, domain::TimePoint now) {
    domain::require_manages_accounts(manager);
    std::optional<persistence::Account> out;
    db.transact([&](persistence::Tx& tx) {
        const auto person = managed_account(tx, manager, command.user_id);
        const auto& user = person.user;
        boost::json::object before, after;
        if (command.authorised_signatory) {
            domain::refuse_if(domain::check_signatory(user.role, *command.authorised_signatory));
            persistence::set_authorised_signatory(tx, user.id, *command.authorised_signatory);
            before["authorised_signatory"] = user.authorised_signatory;
            after["authorised_signatory"] = *command.authorised_signatory;
        }
        if (command.organisation_admin) {
            domain::require_may_grant_organisation_admin(manager, user.organisation_id);
            if (user.id == manager.user_id)
                throw domain::invalid_input({{"/organisation_admin", "own_account",
                                              "another administrator of your organisation changes this"}});
            persistence::set_organisation_admin(tx, user.id, *command.organisation_admin);
            before["organisation_admin"] = user.organisation_admin;
            after["organisation_admin"] = *command.organisation_admin;
        }
        append_audit(tx, manager, now, {std::nullopt, "user.update", "user", user.id, before, after});
        out = account_now(tx, user.id);
    });
    return *out;
}

}  // namespace collabtender::app
