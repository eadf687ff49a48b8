#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/tenders/lot_bids.hpp"
#include "domain/time_format.hpp"
#include "domain/bid.hpp"
#include "domain/deadline_change.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/audit_repository.hpp"
#include "persistence/tenders_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {
namespace {

boost::json::value time_or_null(const std::optional<domain::TimePoint>& t) {
    return t ? boost::json::value(domain::format_rfc3339(*t)) : boost::json::value(nullptr);
}

// Where one stage's deadline stands: whether it may move now, and if it may,
// whether it may also come earlier. The same rules POST .../deadline-changes applies.
boost::json::object stage_json(persistence::Tx& tx, const persistence::TenderRecord& tender, int stage, bool bids_exist,
                               domain::TimePoint now) {
    const auto& timetable = tender.details.timetable;
    const auto deadline = stage == 1 ? timetable.stage1_deadline : timetable.stage2_deadline;
    const bool passed = !domain::before_deadline(deadline, now);
    const bool short_of_bids =
        passed && any_short_of_bids(lot_standings(tx, tender, stage), tender.details.minimum_bids.of(stage));
    const auto movable = domain::deadline_movable(tender.status, timetable, stage, now, short_of_bids);
    return {{"stage", stage},
            {"deadline", time_or_null(deadline)},
            {"movable", movable.open},
            {"may_shorten", movable.open && !passed && !bids_exist},
            {"reopens_for_short_lots", movable.open && passed},
            {"refusal", movable.open ? boost::json::value(nullptr)
                                     : boost::json::value(boost::json::object{{"code", movable.code},
                                                                              {"detail", movable.reason}})}};
}

// Each change made, from the tender's audit trail: the record of what happened.
boost::json::array changes_json(persistence::Tx& tx, const std::string& tender_id) {
    boost::json::array out;
    for (const auto& link : persistence::tender_links_of_action(tx, tender_id, "tender.deadline_change")) {
        const auto event = persistence::parse_stored_json(link.event).as_object();
        const auto& after = event.at("after").as_object();
        const auto& actor = event.at("actor");
        boost::json::value changed_by = nullptr;
        if (actor.is_string())
            if (const auto user = persistence::find_user(tx, std::string{actor.as_string()}))
                changed_by = boost::json::object{{"id", user->id}, {"display_name", user->display_name}};
        const auto* before = event.at("before").if_object();
        out.push_back(boost::json::object{
            {"stage", after.at("stage")},
            {"previous_deadline", before ? before->at("deadline") : boost::json::value(nullptr)},
            {"deadline", after.at("deadline")},
            {"reason", after.at("reason")},
            {"changed_at", event.at("at")},
            {"changed_by", std::move(changed_by)}});
    }
    return out;
}

}  // namespace

// GET /api/v1/tenders/{tender_id}/deadline-changes: for the tender's
// commissioners, whether each stage's deadline may move now (and whether it may
// come earlier, which it may not once bids have started), and every change made
// so far, oldest first, with who made it and why.
Response get_deadline_changes(const Request& request, Context& context) {
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!may_manage_tender(context.principal, tender)) throw problems::forbidden();
        const bool bids_exist = persistence::tender_has_bids(tx, tender.id);
        out = {{"tender_id", tender.id},
               {"stages", boost::json::array{stage_json(tx, tender, 1, bids_exist, context.now),
                                             stage_json(tx, tender, 2, bids_exist, context.now)}},
               {"changes", changes_json(tx, tender.id)}};
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
