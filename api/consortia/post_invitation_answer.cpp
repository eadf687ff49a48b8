#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/consortia/membership.hpp"
#include "api/handlers.hpp"
#include "api/notifications/notices.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {

// POST /api/v1/consortia/{consortium_id}/invitation/{accept|decline}: the invited
// organisation's answer. Nothing is joined without acceptance. An acceptance may
// name the terms it accepts, {"role", "share_bp"} as the invitation showed them:
// if the lead changed them meanwhile, 409 and nothing is joined.
Response post_invitation_answer(const Request& request, Context& context) {
    const auto& answer = request.param("answer");
    if (answer != "accept" && answer != "decline") throw problems::not_found("Answer with accept or decline.");
    const auto body = request.body.empty() ? boost::json::object{} : parse_json_object(request);
    FieldReader fields{body};
    std::string shown_role;
    int shown_share = -1;
    fields.text("role", shown_role, Need::optional);
    fields.integer("share_bp", shown_share, Need::optional);
    fields.finish();
    Response response;
    context.db->transact([&](persistence::Tx& tx) {
        const auto consortium = persistence::find_consortium(tx, request.param("consortium_id"), true);
        const auto& p = *context.principal;
        const auto* member = consortium ? consortium->member(p.organisation_id) : nullptr;
        if (member == nullptr || member->member.status != domain::MemberStatus::invited)
            throw problems::not_found("There is no open invitation for your organisation here.");
        const auto tender = persistence::find_tender(tx, consortium->tender_id);
        require_membership_changeable({*consortium, *tender, ConsortiumRole::invited});
        if ((!shown_role.empty() && shown_role != domain::to_string(member->member.role)) ||
            (shown_share >= 0 && shown_share != member->member.share_bp))
            throw Problem{409, "invitation-changed", "The invitation has changed",
                          "The lead changed the role or share since you saw it. Read the invitation again."};
        persistence::answer_invitation(tx, consortium->id, p.organisation_id, answer == "accept", p.user_id,
                                       context.now);
        if (answer == "accept") {
            response = consortium_response(tx, consortium->id, context);
        } else {
            consortium_changed(tx, consortium->id, context);
            response = Response{204, "", "", {}};
        }
        auto names = tender_names(*tender);
        names["consortium"] = consortium->name;
        names["organisation"] = persistence::find_organisation(tx, p.organisation_id)->name;
        names["answer"] = answer == "accept" ? "accepted" : "declined";
        tell(tx, context,
             {"invitation_answered", persistence::Audience::organisation, consortium->lead_organisation_id, names,
              "/consortia/" + consortium->id, {}});
        audit(tx, context, {consortium->tender_id, "invitation." + answer, "consortium", consortium->id,
                            boost::json::object{{"organisation_id", p.organisation_id}, {"status", "invited"}},
                            boost::json::object{{"organisation_id", p.organisation_id},
                                                {"status", answer == "accept" ? "accepted" : "declined"},
                                                {"role", domain::to_string(member->member.role)},
                                                {"share_bp", member->member.share_bp}}});
    });
    return response;
}

}  // namespace collabtender::api
