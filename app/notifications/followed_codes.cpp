#include "app/notifications/followed_codes.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/notifications_repository.hpp"

namespace collabtender::app {
namespace {

FollowedCodes followed(persistence::Tx& tx, const domain::OrganisationId& organisation_id) {
    FollowedCodes out{persistence::cpv_subscriptions(tx, organisation_id), std::nullopt};
    if (const auto change = persistence::cpv_subscription_change(tx, organisation_id)) {
        out.changed = FollowedCodes::Change{std::nullopt, std::nullopt, change->changed_at};
        if (const auto user = persistence::find_user(tx, change->changed_by)) {
            out.changed->user_id = user->id;
            out.changed->display_name = user->display_name;
        }
    }
    return out;
}

}  // namespace

FollowedCodes read_followed_codes(persistence::Connection& db, const domain::Principal& reader) {
    FollowedCodes out;
    db.transact([&](persistence::Tx& tx) { out = followed(tx, reader.organisation_id); });
    return out;
}

FollowedCodes follow_codes(persistence::Connection& db, const domain::Principal& follower,
                           const FollowCodes& command, domain::TimePoint now) {
    FollowedCodes out;
    db.transact([&](persistence::Tx& tx) {
        const auto& organisation = follower.organisation_id;
        const auto before = persistence::cpv_subscriptions(tx, organisation);
        persistence::set_cpv_subscriptions(tx, organisation, command.codes, follower.user_id, now);
        out = followed(tx, organisation);
        append_audit(tx, follower, now,
                     {std::nullopt, "organisation.followed_codes", "organisation", organisation,
                      boost::json::object{{"cpv_codes", boost::json::array(before.begin(), before.end())}},
                      boost::json::object{{"cpv_codes", boost::json::array(out.codes.begin(), out.codes.end())}}});
    });
    return out;
}

}  // namespace collabtender::app
