#include "app/accounts/name_signatory.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

persistence::UserRecord name_signatory(persistence::Connection& db, const domain::Principal& admin,
                                       const NameSignatory& command, domain::TimePoint now) {
    std::optional<persistence::UserRecord> user;
    db.transact([&](persistence::Tx& tx) {
        user = persistence::find_user(tx, command.user_id);
        if (!user) throw domain::Refusal{domain::RefusalCode::not_found, "No such user."};
        domain::refuse_if(domain::check_signatory(user->role, command.authorised_signatory));
        persistence::set_authorised_signatory(tx, user->id, command.authorised_signatory);
        append_audit(tx, admin, now,
                     {std::nullopt, "user.update", "user", user->id,
                      boost::json::object{{"authorised_signatory", user->authorised_signatory}},
                      boost::json::object{{"authorised_signatory", command.authorised_signatory}}});
        user->authorised_signatory = command.authorised_signatory;
    });
    return *user;
}

}  // namespace collabtender::app
