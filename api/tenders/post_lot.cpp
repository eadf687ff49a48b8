#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/editing.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

Response post_lot(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    domain::LotDetails lot;
    read_lot(fields, lot);
    fields.finish(domain::validate(lot));

    std::optional<persistence::LotRecord> created;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        require_configuration_editable(tender);
        created = persistence::find_lot(tx, tender.id, persistence::insert_lot(tx, tender.id, lot));
        audit(tx, context, {tender.id, "lot.create", "lot", created->id, nullptr,
                            boost::json::object{{"number", created->details.number}, {"version", created->version}}});
    });
    auto response = json_response(201, lot_json(*created));
    response.headers.emplace_back("Location", "/api/v1/tenders/" + created->tender_id + "/lots/" + created->id);
    response.headers.emplace_back("ETag", etag(created->version));
    return response;
}

}  // namespace collabtender::api
