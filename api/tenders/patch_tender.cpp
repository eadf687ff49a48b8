#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/preconditions.hpp"
#include "domain/tender_lifecycle.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// JSON merge patch of a tender's details: absent fields stay as they are.
Response patch_tender(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto body = parse_json_object(request);

    std::optional<persistence::TenderRecord> updated;
    context.db->transact([&](persistence::Tx& tx) {
        auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        if (tender.version != expected) throw_stale(tender.version);
        domain::require_configuration_editable(tender.status);
        FieldReader fields{body, "", true};
        read_tender(fields, tender.details);
        fields.finish(domain::validate(tender.details));
        if (!persistence::update_tender(tx, tender.id, expected, tender.details)) throw_stale(tender.version);
        updated = persistence::find_tender(tx, tender.id);
        audit(tx, context, {tender.id, "tender.update", "tender", tender.id, boost::json::object{{"version", expected}},
                            boost::json::object{{"version", updated->version}, {"fields", field_names(body)}}});
    });
    auto response = json_response(200, tender_json(*updated));
    response.headers.emplace_back("ETag", etag(updated->version));
    return response;
}

}  // namespace collabtender::api
