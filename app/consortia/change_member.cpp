#include "app/consortia/change_member.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/consortia/consortium_access.hpp"
#include "domain/consortium.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

persistence::ConsortiumRecord change_member(persistence::Connection& db, const domain::Principal& lead,
                                            const ChangeMember& command, domain::TimePoint now) {
    persistence::ConsortiumRecord changed;
    db.transact([&](persistence::Tx& tx) {
        const auto visible = led_consortium(tx, command.consortium_id, lead);
        const auto& consortium = visible.consortium;
        require_changeable(visible);
        const auto* record = consortium.member(command.organisation_id);
        if (record == nullptr)
            throw domain::Refusal{domain::RefusalCode::not_found, "That organisation is not in this consortium."};
        const auto& was = record->member;
        const auto role = domain::parse_member_role(command.role.value_or(std::string{domain::to_string(was.role)}));
        const auto share_bp = command.share_bp.value_or(was.share_bp);
        domain::refuse_if(domain::merged(command.unreadable, domain::validate_member_change(was.role, role, share_bp)));
        persistence::update_member(tx, consortium.id, was.organisation_id, *role, share_bp);
        // Changed terms are not what members acknowledged: they acknowledge again.
        persistence::clear_acknowledgements(tx, consortium.id);
        changed = changed_consortium(tx, consortium.id, lead, now);
        append_audit(tx, lead, now,
                     {visible.tender.id, "member.update", "consortium", consortium.id,
                      boost::json::object{{"organisation_id", was.organisation_id},
                                          {"role", domain::to_string(was.role)},
                                          {"share_bp", was.share_bp}},
                      boost::json::object{{"organisation_id", was.organisation_id},
                                          {"role", domain::to_string(*role)},
                                          {"share_bp", share_bp},
                                          {"acknowledgements", "cleared"}}});
    });
    return changed;
}

}  // namespace collabtender::app
