#include <algorithm>

#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/awards/award_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {
namespace {

bool is_date(const std::string& text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
    return domain::parse_rfc3339(text + "T00:00:00Z").has_value();
}

}  // namespace

// POST /api/v1/awards/{award_id}/confirmation: after the standstill the
// commissioner confirms the award and records its contract, {"start_date",
// "term_months", "extension_months", "value_pence"}. When every lot is decided
// and every award confirmed, the tender is awarded.
Response post_award_confirmation(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    persistence::Contract contract;
    fields.text("start_date", contract.start);
    fields.integer("term_months", contract.term_months);
    fields.integer("extension_months", contract.extension_months);
    fields.money("value_pence", contract.value_pence);
    domain::Violations more;
    if (!contract.start.empty() && !is_date(contract.start))
        more.push_back({"/start_date", "invalid_date", "must be a date, YYYY-MM-DD"});
    if (contract.term_months < 1 || contract.term_months > 240)
        more.push_back({"/term_months", "out_of_range", "must be from 1 to 240"});
    if (contract.extension_months < 0 || contract.extension_months > 240)
        more.push_back({"/extension_months", "out_of_range", "must be from 0 to 240"});
    fields.finish(more);

    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto m = managed_award(tx, request.param("award_id"), context.principal);
        if (m.award.status != "proposed")
            throw problems::conflict(m.award.status == "suspended" ? "The award is suspended while a challenge is heard."
                                                                   : "The award is already confirmed.");
        const auto now = context.clock();
        if (now < m.decision.standstill_ends_at)
            throw Problem{409, "standstill", "Standstill not over",
                          "Awards are confirmed after the standstill ends, at " +
                              domain::format_rfc3339(m.decision.standstill_ends_at) + "."};
        persistence::confirm_award(tx, m.award.id, contract, now);
        audit(tx, context, {m.lot.tender.id, "award.confirm", "award", m.award.id,
                            boost::json::object{{"status", "proposed"}},
                            boost::json::object{{"status", "confirmed"}, {"value_pence", contract.value_pence}}});
        settle_tender(tx, m.lot.tender, now);
        const auto decision = persistence::find_award_decision(tx, m.award.lot_id);
        // Bidders hear once the lot's last award is confirmed: then the outcome is final.
        if (std::all_of(decision->awards.begin(), decision->awards.end(), [](const auto& a) { return a.status == "confirmed"; }))
            tell_lot_bidders(tx, context, m.lot.tender, *decision, "award_confirmed");
        out = award_decision_json(*decision);
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
