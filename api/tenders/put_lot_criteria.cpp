#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "api/tenders/editing.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// Gives a lot its own award criteria instead of the tender's; an empty list
// returns it to the tender's. Part of the tender's configuration: it takes and
// bumps the tender's version.
Response put_lot_criteria(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    const auto criteria = read_criteria(fields);

    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        const auto lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
        if (!lot) throw problems::not_found("No such lot.");
        if (tender.version != expected) throw_stale(tender.version);
        require_configuration_editable(tender);
        fields.finish(criteria.empty() ? domain::Violations{}
                                       : domain::validate_criteria(criteria, tender.details.price_weight,
                                                                   tender.details.scoring_scale));
        persistence::replace_criteria(tx, tender.id, lot->id, criteria);
        version = *persistence::bump_tender_version(tx, tender.id, expected);
    });
    auto response =
        json_response(200, boost::json::object{{"criteria", criteria_json(criteria)}, {"inherited", criteria.empty()}});
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
