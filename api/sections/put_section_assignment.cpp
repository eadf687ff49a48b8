#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/handlers.hpp"
#include "api/notifications/notices.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/problem.hpp"
#include "api/sections/section_access.hpp"
#include "domain/time_format.hpp"
#include "persistence/accounts_repository.hpp"

namespace collabtender::api {
// PUT /api/v1/bids/{bid_id}/sections/{section}/assignment: {"owner_organisation_id",
// "owner_user_id", "approver_user_id", "due_date"} (each nullable). The lead
// assigns; an owner may hand the section on to another user of its organisation.
Response put_section_assignment(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    persistence::SectionRecord wanted;
    fields.nullable_text("owner_organisation_id", wanted.owner_organisation_id);
    fields.nullable_text("owner_user_id", wanted.owner_user_id);
    fields.nullable_text("approver_user_id", wanted.approver_user_id);
    fields.nullable_text("due_date", wanted.due_date);
    domain::Violations more;
    if (wanted.due_date && (wanted.due_date->size() != 10 || !domain::parse_rfc3339(*wanted.due_date + "T00:00:00Z")))
        more.push_back({"/due_date", "invalid_date", "must be a date, YYYY-MM-DD"});
    if (wanted.owner_user_id && !wanted.owner_organisation_id)
        more.push_back({"/owner_organisation_id", "required", "an owning user belongs to an owning organisation"});
    fields.finish(more);

    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        auto s = member_section(tx, request.param("bid_id"), request.param("section"), *context.principal, true);
        require_in_tender(s.bid);
        const bool handing_on = !s.lead && s.record.owner_organisation_id &&
                                *s.record.owner_organisation_id == context.principal->organisation_id &&
                                wanted.owner_organisation_id == s.record.owner_organisation_id &&
                                wanted.approver_user_id == s.record.approver_user_id && wanted.due_date == s.record.due_date;
        if (!s.lead && !handing_on) throw problems::forbidden();
        domain::Violations violations;
        if (wanted.owner_organisation_id) {
            const auto* member = s.bid.consortium.member(*wanted.owner_organisation_id);
            if (!member || member->member.status != domain::MemberStatus::accepted)
                violations.push_back({"/owner_organisation_id", "not_a_member", "is not a member of the consortium"});
        }
        if (wanted.owner_user_id && !member_user(tx, s.bid, *wanted.owner_user_id, wanted.owner_organisation_id))
            violations.push_back({"/owner_user_id", "not_a_member", "is not a user of the owning organisation"});
        if (wanted.approver_user_id && !member_user(tx, s.bid, *wanted.approver_user_id, std::nullopt))
            violations.push_back({"/approver_user_id", "not_a_member", "is not a user of a member organisation"});
        if (!violations.empty()) throw problems::validation(violations);
        wanted.section = s.record.section;
        persistence::save_assignment(tx, s.bid.bid.id, wanted);
        if (wanted.owner_user_id)
            tell_about_bid(tx, context, s.bid, "section_assigned", persistence::Audience::user, *wanted.owner_user_id, s.key);
        else if (wanted.owner_organisation_id)
            tell_about_bid(tx, context, s.bid, "section_assigned", persistence::Audience::organisation,
                           *wanted.owner_organisation_id, s.key);
        audit(tx, context, {s.bid.tender.id, "section.assign", "bid", s.bid.bid.id, nullptr,
                            boost::json::object{{"section", wanted.section},
                                                {"owner_organisation_id", nullable(wanted.owner_organisation_id)},
                                                {"owner_user_id", nullable(wanted.owner_user_id)},
                                                {"approver_user_id", nullable(wanted.approver_user_id)}}});
        s.record = persistence::list_sections(tx, s.bid.bid.id).at(wanted.section);
        out = section_json(s.bid, s.key, s.record, domain::format_rfc3339(context.now).substr(0, 10));
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
