#include "app/accounts/create_user.hpp"

#include <boost/json.hpp>

#include "app/accounts/credentials.hpp"
#include "app/audit.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

std::variant<domain::UserId, domain::Violation> create_user(persistence::Connection& db,
                                                            const domain::OrganisationId& organisation_id,
                                                            const domain::NewUser& user,
                                                            const std::optional<domain::Principal>& creator,
                                                            domain::TimePoint now) {
    // Hashing is slow by design: done before the transaction, not inside it.
    const auto hash = hash_password(user.password);
    std::variant<domain::UserId, domain::Violation> result;
    db.transact([&](persistence::Tx& tx) {
        const auto organisation = persistence::find_organisation(tx, organisation_id);
        if (!organisation)
            result = domain::Violation{"/organisation_id", "not_found", "does not name an organisation"};
        else if (!domain::role_fits_organisation(*domain::parse_role(user.role), organisation->kind))
            result = domain::Violation{"/role", "wrong_organisation_kind", "does not fit that kind of organisation"};
        else {
            const auto id = persistence::insert_user(tx, organisation_id, user, hash);
            if (creator)
                append_audit(tx, creator, now,
                             {std::nullopt, "user.create", "user", id, nullptr,
                              boost::json::object{{"organisation_id", organisation_id},
                                                  {"role", user.role},
                                                  {"authorised_signatory", user.authorised_signatory}}});
            result = id;
        }
    });
    return result;
}

}  // namespace collabtender::app
