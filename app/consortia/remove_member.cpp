#include "app/consortia/remove_member.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/consortia/consortium_access.hpp"
#include "domain/consortium.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

void remove_member(persistence::Connection& db, const domain::Principal& principal, const RemoveMember& command,
                   domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto visible = member_consortium(tx, command.consortium_id, principal);
        const bool leaving = command.organisation_id == principal.organisation_id;
        if (!leaving) require_lead(visible);
        require_changeable(visible);
        const auto* record = visible.consortium.member(command.organisation_id);
        if (record == nullptr)
            throw domain::Refusal{domain::RefusalCode::not_found, "That organisation is not in this consortium."};
        const auto& was = record->member;
        domain::require_removable(was);
        persistence::remove_member(tx, visible.consortium.id, was.organisation_id);
        consortium_changed(tx, visible.consortium.id, principal, now);
        append_audit(tx, principal, now,
                     {visible.tender.id, leaving ? "member.leave" : "member.remove", "consortium",
                      visible.consortium.id,
                      boost::json::object{{"organisation_id", was.organisation_id},
                                          {"role", domain::to_string(was.role)},
                                          {"share_bp", was.share_bp},
                                          {"status", domain::to_string(was.status)}},
                      nullptr});
    });
}

}  // namespace collabtender::app
