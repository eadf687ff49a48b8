#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/consortia/membership.hpp"
#include "api/handlers.hpp"
#include "domain/text.hpp"

namespace collabtender::api {

// A provider forms a consortium for a tender; its organisation becomes the lead,
// with the whole share until partners join.
Response post_consortium(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string name;
    int lead_share_bp = domain::whole_share_bp;
    fields.text("name", name);
    fields.integer("lead_share_bp", lead_share_bp, Need::optional);
    domain::Violations violations = domain::validate_share(lead_share_bp, "/lead_share_bp");
    domain::check_text(violations, name, "/name", 1, 200);
    fields.finish(violations);

    Response response;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!domain::participation_open(tender.status))
            throw Problem{409, "participation-closed", "Tender closed", "This tender does not take consortia now."};
        const auto& p = *context.principal;
        const auto id = persistence::insert_consortium(tx, tender.id, name, p.organisation_id, lead_share_bp,
                                                       p.user_id, context.now);
        response = consortium_response(tx, id, context, 201);
        response.headers.emplace_back("Location", "/api/v1/consortia/" + id);
        audit(tx, context, {tender.id, "consortium.create", "consortium", id, nullptr,
                            boost::json::object{{"lead_organisation_id", p.organisation_id},
                                                {"lead_share_bp", lead_share_bp}}});
    });
    return response;
}

}  // namespace collabtender::api
