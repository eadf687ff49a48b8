#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/tenders/lot_bids.hpp"
#include "domain/bid.hpp"
#include "domain/text.hpp"

namespace collabtender::api {

// POST /api/v1/tenders/{tender_id}/lots/{lot_id}/minimum-bids-waiver {"stage",
// "reason"}: after the stage's deadline, the commissioner proceeds with a lot that
// has fewer bids than the tender's minimum, the reason on record. Only for a lot
// that is short, in the stage still taking bids: once.
Response post_minimum_bids_waiver(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    int stage = 0;
    std::string reason;
    fields.integer("stage", stage);
    fields.text("reason", reason);
    domain::Violations more;
    if (stage != 1 && stage != 2) more.push_back({"/stage", "invalid_value", "must be 1 or 2"});
    domain::check_text(more, reason, "/reason", 1, 2000);
    fields.finish(more);

    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        const auto lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
        if (!lot) throw problems::not_found("No such lot.");
        const auto& t = tender.details.timetable;
        if (domain::stage_taking_bids(tender.status) != stage ||
            domain::before_deadline(stage == 1 ? t.stage1_deadline : t.stage2_deadline, context.now))
            throw Problem{409, "not-after-deadline", "Not decided yet",
                          "A lot's shortfall of bids is decided after the stage's deadline, before the stage closes."};
        const int minimum = tender.details.minimum_bids.of(stage);
        for (auto& standing : lot_standings(tx, tender, stage)) {
            if (standing.lot.id != lot->id) continue;
            if (!domain::short_of_bids(standing.bids, minimum))
                throw Problem{409, "not-short-of-bids", "Not short of bids",
                              "This lot has the bids it needs, or is already waived or cancelled."};
            standing.waiver = persistence::MinimumWaiver{lot->id,  stage, standing.bids.bids, reason,
                                                         context.principal->user_id, context.now};
            standing.bids.waived = true;
            persistence::insert_minimum_waiver(tx, *standing.waiver);
            audit(tx, context, {tender.id, "lot.minimum_bids_waive", "lot", lot->id, nullptr,
                                boost::json::object{{"stage", stage},
                                                    {"bids", standing.bids.bids},
                                                    {"minimum", minimum},
                                                    {"reason", reason}}});
            out = lot_standing_json(tx, standing, minimum);
        }
    });
    return json_response(201, out);
}

}  // namespace collabtender::api
