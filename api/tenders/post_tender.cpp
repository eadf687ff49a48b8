#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

Response post_tender(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    domain::TenderDetails details;
    read_tender(fields, details);
    fields.finish(domain::validate(details));

    std::optional<persistence::TenderRecord> created;
    context.db->transact([&](persistence::Tx& tx) {
        const auto id = persistence::insert_tender(tx, context.principal->organisation_id,
                                                   context.principal->user_id, details);
        created = persistence::find_tender(tx, id);
        audit(tx, context, {id, "tender.create", "tender", id, nullptr,
                            boost::json::object{{"status", domain::to_string(created->status)},
                                                {"version", created->version}}});
    });
    auto response = json_response(201, tender_json(*created));
    response.headers.emplace_back("Location", "/api/v1/tenders/" + created->id);
    response.headers.emplace_back("ETag", etag(created->version));
    return response;
}

}  // namespace collabtender::api
