#include "app/consortia/invite_member.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/consortia/consortium_access.hpp"
#include "app/notifications/notify.hpp"
#include "domain/refusal.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::app {

persistence::ConsortiumRecord invite_member(persistence::Connection& db, const domain::Principal& lead,
                                            const InviteMember& command, domain::TimePoint now) {
    persistence::ConsortiumRecord invited;
    db.transact([&](persistence::Tx& tx) {
        const auto visible = led_consortium(tx, command.consortium_id, lead);
        const auto& consortium = visible.consortium;
        require_changeable(visible);
        const auto organisation = persistence::find_organisation(tx, command.organisation_id);
        domain::require_invitable(organisation ? std::optional{organisation->kind} : std::nullopt);
        // A declined invitation may be renewed: then `before` says it was declined.
        boost::json::value before = nullptr;
        if (const auto* previous = consortium.member(organisation->id))
            before = boost::json::object{{"organisation_id", organisation->id},
                                         {"status", domain::to_string(previous->member.status)}};
        if (!persistence::invite_member(tx, consortium.id, organisation->id, command.role, command.share_bp, now))
            throw domain::Refusal{domain::RefusalCode::already_in_consortium,
                                  "That organisation is already invited to or a member of this consortium."};
        invited = changed_consortium(tx, consortium.id, lead, now);
        auto names = tender_names(visible.tender);
        names["consortium"] = consortium.name;
        names["organisation"] = organisation->name;
        names["lead"] = consortium.member(consortium.lead_organisation_id)->organisation_name;
        tell(tx, lead, now,
             {"consortium_invitation",
              persistence::audience::Organisation{organisation->id},
              names,
              "/invitations",
              {}});
        append_audit(tx, lead, now,
                     {visible.tender.id, "member.invite", "consortium", consortium.id, before,
                      boost::json::object{{"organisation_id", organisation->id},
                                          {"role", domain::to_string(command.role)},
                                          {"share_bp", command.share_bp},
                                          {"status", "invited"}}});
    });
    return invited;
}

}  // namespace collabtender::app
