#include "app/consortia/agree_membership_change.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/consortia/consortium_access.hpp"
#include "domain/consortium.hpp"

namespace collabtender::app {

persistence::ConsortiumRecord agree_membership_change(persistence::Connection& db, const domain::Principal& commissioner,
                                                      const AgreeMembershipChange& command, domain::TimePoint now) {
    persistence::ConsortiumRecord agreed;
    db.transact([&](persistence::Tx& tx) {
        const auto visible = overseen_consortium(tx, command.consortium_id, commissioner);
        const auto& consortium = visible.consortium;
        domain::require_change_agreeable(may_see_submission_state(visible.role, visible.tender, now),
                                         consortium.locked_at.has_value());
        persistence::record_change_agreement(tx, consortium.id, commissioner.user_id, command.reason, now);
        agreed = changed_consortium(tx, consortium.id, commissioner, now);
        // The commissioner's reason is part of the record: why membership could change.
        append_audit(tx, commissioner, now,
                     {visible.tender.id, "change_agreement.record", "consortium", consortium.id,
                      boost::json::object{{"locked", true}},
                      boost::json::object{{"locked", false}, {"reason", command.reason}}});
    });
    return agreed;
}

}  // namespace collabtender::app
