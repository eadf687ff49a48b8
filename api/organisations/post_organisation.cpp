#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/organisations/organisation_json.hpp"

namespace collabtender::api {

Response post_organisation(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    const domain::NewOrganisation organisation{fields.required_string("name"), fields.required_string("kind"),
                                               fields.optional_string("charity_number"),
                                               fields.optional_string("company_number"),
                                               fields.optional_string("care_inspectorate_number"),
                                               fields.optional_string("postal_address")};
    fields.finish(domain::validate(organisation));

    std::optional<persistence::OrganisationRecord> created;
    context.db->transact([&](persistence::Tx& tx) {
        created = persistence::find_organisation(tx, persistence::insert_organisation(tx, organisation));
        audit(tx, context, {std::nullopt, "organisation.create", "organisation", created->id, nullptr,
                            boost::json::object{{"kind", domain::to_string(created->kind)}}});
    });
    auto response = json_response(201, organisation_json(*created));
    response.headers.emplace_back("Location", "/api/v1/organisations/" + created->id);
    return response;
}

}  // namespace collabtender::api
