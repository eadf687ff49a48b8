#include "app/accounts/read_me.hpp"

#include "app/settings/installation_settings.hpp"
#include "domain/two_factor.hpp"

namespace collabtender::app {

std::optional<Me> read_me(persistence::Connection& db, const domain::Principal& me) {
    std::optional<Me> found;
    db.transact([&](persistence::Tx& tx) {
        found.reset();
        const auto user = persistence::find_user(tx, me.user_id);
        if (!user) return;
        if (auto organisation = persistence::find_organisation(tx, user->organisation_id))
            found = Me{*user, std::move(*organisation),
                       domain::two_factor_required(user->role, current_settings(tx).two_factor_required)};
    });
    return found;
}

}  // namespace collabtender::app
