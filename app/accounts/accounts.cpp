#include "app/accounts/accounts.hpp"

#include "domain/refusal.hpp"

namespace collabtender::app {

persistence::AccountPage find_accounts(persistence::Connection& db, const domain::Principal& manager,
                                       persistence::AccountFilter filter) {
    domain::require_manages_accounts(manager);
    if (manager.role != domain::Role::admin) {
        if (filter.organisation_id && *filter.organisation_id != manager.organisation_id) return {};
        filter.organisation_id = manager.organisation_id;
        if (manager.organisation_admin) {
            filter.except_role = domain::Role::admin;
        } else {
            if (filter.role && *filter.role != domain::Role::panellist) return {};
            filter.role = domain::Role::panellist;
        }
    }
    persistence::AccountPage found;
    db.transact([&](persistence::Tx& tx) { found = persistence::search_accounts(tx, filter); });
    return found;
}

persistence::Account account_now(persistence::Tx& tx, const domain::UserId& user_id) {
    persistence::AccountFilter filter;
    filter.user_id = user_id;
    auto found = persistence::search_accounts(tx, filter);
    if (found.accounts.empty()) throw domain::Refusal{domain::RefusalCode::not_found, "No such person."};
    return std::move(found.accounts.front());
}

persistence::Account managed_account(persistence::Tx& tx, const domain::Principal& manager,
                                     const domain::UserId& user_id) {
    auto person = account_now(tx, user_id);
    if (!domain::manages_account(manager, person.user.role, person.user.organisation_id))
        throw domain::Refusal{domain::RefusalCode::not_found, "No such person."};
    return person;
}

persistence::Account read_account(persistence::Connection& db, const domain::Principal& manager,
                                  const domain::UserId& user_id) {
    std::optional<persistence::Account> found;
    db.transact([&](persistence::Tx& tx) { found = managed_account(tx, manager, user_id); });
    return *found;
}

}  // namespace collabtender::app
