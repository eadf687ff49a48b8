#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "api/problem.hpp"
#include "domain/tender_lifecycle.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

Response patch_lot(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto body = parse_json_object(request);

    std::optional<persistence::LotRecord> updated;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        auto lot = persistence::find_lot(tx, tender.id, request.param("lot_id"));
        if (!lot) throw problems::not_found("No such lot.");
        if (lot->version != expected) throw_stale(lot->version);
        domain::require_configuration_editable(tender.status);
        FieldReader fields{body, "", true};
        read_lot(fields, lot->details);
        fields.finish(domain::validate(lot->details));
        if (!persistence::update_lot(tx, tender.id, lot->id, expected, lot->details)) throw_stale(lot->version);
        updated = persistence::find_lot(tx, tender.id, lot->id);
        audit(tx, context, {tender.id, "lot.update", "lot", lot->id, boost::json::object{{"version", expected}},
                            boost::json::object{{"version", updated->version}, {"fields", field_names(body)}}});
    });
    auto response = json_response(200, lot_json(*updated));
    response.headers.emplace_back("ETag", etag(updated->version));
    return response;
}

}  // namespace collabtender::api
