#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/editing.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// Replaces the tender's award criteria as a set, since their weights only make
// sense together. Part of the tender's configuration: it takes and bumps the
// tender's version.
Response put_criteria(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    const auto criteria = read_criteria(fields);

    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        if (tender.version != expected) throw_stale(tender.version);
        require_configuration_editable(tender);
        fields.finish(domain::validate_criteria(criteria, tender.details.price_weight, tender.details.scoring_scale));
        persistence::replace_criteria(tx, tender.id, std::nullopt, criteria);
        version = *persistence::bump_tender_version(tx, tender.id, expected);
    });
    auto response = json_response(200, boost::json::object{{"criteria", criteria_json(criteria)}});
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
