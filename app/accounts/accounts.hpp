#pragma once

// People whose accounts the caller manages (domain::manages_account): an admin
// everyone, a commissioner the panellists of their own body.
#include <optional>

#include "domain/account_management.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

// The filter narrowed to the people the caller manages: a commissioner's to their
// own body's panellists, whatever it asked for.
persistence::AccountPage find_accounts(persistence::Connection& db, const domain::Principal& manager,
                                       persistence::AccountFilter filter);

// One person the caller manages; not_found for anyone else, so that a
// commissioner learns nothing of other people's accounts.
persistence::Account read_account(persistence::Connection& db, const domain::Principal& manager,
                                  const domain::UserId& user_id);

// read_account's rule, in the caller's transaction.
persistence::Account managed_account(persistence::Tx& tx, const domain::Principal& manager,
                                     const domain::UserId& user_id);

// The person as they are now (after a change in this transaction).
persistence::Account account_now(persistence::Tx& tx, const domain::UserId& user_id);

}  // namespace collabtender::app
