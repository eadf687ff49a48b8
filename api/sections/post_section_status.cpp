#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/handlers.hpp"
#include "api/notifications/notices.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/sections/section_access.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

// POST /api/v1/bids/{bid_id}/sections/{section}/status: {"status", "reason"}:
// ask for review, approve, request changes (with a reason) or take the section
// back into progress, as domain/bid_section.cpp allows each member.
Response post_section_status(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string status_text, reason;
    fields.text("status", status_text);
    fields.text("reason", reason, Need::optional);
    const auto wanted = domain::parse_section_status(status_text);
    domain::Violations more;
    if (!status_text.empty() && !wanted) more.push_back({"/status", "invalid_value", "is not a section status"});
    fields.finish(more);

    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        auto s = member_section(tx, request.param("bid_id"), request.param("section"), *context.principal, true);
        require_in_tender(s.bid);
        const auto from = *domain::parse_section_status(s.record.status);
        const auto refused = domain::check_transition(from, *wanted, section_actor(s.record, *context.principal, s.lead), reason);
        if (!refused.empty() && refused.front().code == "not_allowed")
            throw Problem{409, "section-transition", "Not allowed now", refused.front().message}.with_errors(refused);
        if (!refused.empty()) throw problems::validation(refused);
        std::optional<std::string> kept_reason;
        if (*wanted == domain::SectionStatus::changes_requested) kept_reason = reason;
        persistence::set_section_status(tx, s.bid.bid.id, s.record.section, status_text, kept_reason);
        // Who must hear of it: the reviewer when review is asked, the owner when changes are.
        using persistence::Audience;
        if (*wanted == domain::SectionStatus::ready_for_review) {
            if (s.record.approver_user_id)
                tell_about_bid(tx, context, s.bid, "review_requested", Audience::user, *s.record.approver_user_id, s.key);
            else
                tell_about_bid(tx, context, s.bid, "review_requested", Audience::organisation,
                               s.bid.consortium.lead_organisation_id, s.key);
        }
        if (*wanted == domain::SectionStatus::changes_requested) {
            if (s.record.owner_user_id)
                tell_about_bid(tx, context, s.bid, "changes_requested", Audience::user, *s.record.owner_user_id, s.key);
            else if (s.record.owner_organisation_id)
                tell_about_bid(tx, context, s.bid, "changes_requested", Audience::organisation,
                               *s.record.owner_organisation_id, s.key);
        }
        audit(tx, context, {s.bid.tender.id, "section.status", "bid", s.bid.bid.id,
                            boost::json::object{{"section", s.record.section}, {"status", s.record.status}},
                            boost::json::object{{"section", s.record.section}, {"status", status_text}}});
        s.record.status = status_text;
        s.record.changes_reason = kept_reason;
        out = section_json(s.bid, s.key, s.record, domain::format_rfc3339(context.now).substr(0, 10));
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
