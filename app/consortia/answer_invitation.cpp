#include "app/consortia/answer_invitation.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/notifications/notify.hpp"
#include "domain/consortium.hpp"
#include "domain/refusal.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

std::optional<persistence::ConsortiumRecord> answer_invitation(persistence::Connection& db,
                                                               const domain::Principal& invited,
                                                               const AnswerInvitation& command, domain::TimePoint now) {
    std::optional<persistence::ConsortiumRecord> joined;
    db.transact([&](persistence::Tx& tx) {
        joined.reset();
        const auto consortium = persistence::find_consortium(tx, command.consortium_id, true);
        const auto* record = consortium ? consortium->member(invited.organisation_id) : nullptr;
        if (record == nullptr || record->member.status != domain::MemberStatus::invited)
            throw domain::Refusal{domain::RefusalCode::not_found, "There is no open invitation for your organisation here."};
        const auto& member = record->member;
        const auto tender = persistence::find_tender(tx, consortium->tender_id);
        domain::require_membership_changeable(tender->status, consortium->locked_at.has_value());
        domain::require_terms_as_shown(member, command.shown_role, command.shown_share_bp);
        persistence::answer_invitation(tx, consortium->id, invited.organisation_id, command.accept, invited.user_id, now);
        if (command.accept)
            joined = changed_consortium(tx, consortium->id, invited, now);
        else
            consortium_changed(tx, consortium->id, invited, now);
        const std::string answer = command.accept ? "accept" : "decline";
        const std::string status = command.accept ? "accepted" : "declined";
        auto names = tender_names(*tender);
        names["consortium"] = consortium->name;
        names["organisation"] = persistence::find_organisation(tx, invited.organisation_id)->name;
        names["answer"] = status;
        tell(tx, invited, now,
             {"invitation_answered",
              persistence::audience::Organisation{consortium->lead_organisation_id},
              names,
              "/consortia/" + consortium->id.str(),
              {}});
        append_audit(tx, invited, now,
                     {consortium->tender_id, "invitation." + answer, "consortium", consortium->id,
                      boost::json::object{{"organisation_id", invited.organisation_id}, {"status", "invited"}},
                      boost::json::object{{"organisation_id", invited.organisation_id},
                                          {"status", status},
                                          {"role", domain::to_string(member.role)},
                                          {"share_bp", member.share_bp}}});
    });
    return joined;
}

}  // namespace collabtender::app
