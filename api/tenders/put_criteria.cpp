#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "domain/tender_lifecycle.hpp"
#include "api/tenders/tender_json.hpp"
#include "domain/criteria.hpp"

namespace collabtender::api {
namespace {

// Replaces a set of award criteria as a whole, since weights only make sense
// together: the tender's, or a lot's own (where an empty set returns the lot to
// the tender's). Part of the tender's configuration: takes and bumps its version.
Response replace_criteria(const Request& request, Context& context, bool for_lot) {
    const int expected = required_if_match(request);
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    const auto criteria = read_criteria(fields);
    const bool back_to_tender = for_lot && domain::inherits_criteria(criteria.size());

    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        std::optional<std::string> lot_id;
        if (for_lot) {
            const auto lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
            if (!lot) throw problems::not_found("No such lot.");
            lot_id = lot->id;
        }
        if (tender.version != expected) throw_stale(tender.version);
        domain::require_configuration_editable(tender.status);
        fields.finish(back_to_tender ? domain::Violations{}
                                     : domain::validate_criteria(criteria, tender.details.price_weight,
                                                                 tender.details.scoring_scale));
        const auto replaced = persistence::list_criteria(tx, tender.id, lot_id).size();
        persistence::replace_criteria(tx, tender.id, lot_id, criteria);
        version = *persistence::bump_tender_version(tx, tender.id, expected);
        // A lot's own set is the lot's entity; the counts say what was replaced by what.
        audit(tx, context, {tender.id, "criteria.replace", lot_id ? "lot" : "tender", lot_id.value_or(tender.id),
                            boost::json::object{{"criteria", replaced}, {"tender_version", expected}},
                            boost::json::object{{"criteria", criteria.size()}, {"tender_version", version}}});
    });
    boost::json::object out{{"criteria", criteria_json(criteria)}};
    if (for_lot) out["inherited"] = back_to_tender;
    auto response = json_response(200, out);
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace

Response put_criteria(const Request& request, Context& context) { return replace_criteria(request, context, false); }

Response put_lot_criteria(const Request& request, Context& context) { return replace_criteria(request, context, true); }

}  // namespace collabtender::api
