#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/query.hpp"
#include "app/organisations/find_organisations.hpp"
#include "domain/text.hpp"

namespace collabtender::api {

// GET /api/v1/organisations?kind=provider|commissioning_body&q=TEXT
// (app::find_organisations): up to 20 other organisations, of the kind or of
// either, whose names contain TEXT (at least 2 characters), by name, and whether
// there are more. Ids, names, kinds and the public register numbers (charity,
// company, Care Inspectorate) only: nothing else of another organisation.
Response get_organisations(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"kind", "q"});
    app::FindOrganisations query;
    if (const auto given = parameters.find("kind"); given != parameters.end()) {
        query.kind = domain::parse_organisation_kind(given->second);
        if (!query.kind) throw bad_parameter("kind", "must be provider or commissioning_body");
    }
    const auto q = parameters.find("q");
    query.text = q == parameters.end() ? std::string{} : std::string{domain::trim(q->second)};
    if (domain::code_points(query.text) < 2 || domain::code_points(query.text) > 200)
        throw bad_parameter("q", "give 2 to 200 characters of the name");
    const auto found = app::find_organisations(*context.db, *context.principal, query);
    boost::json::array items;
    for (const auto& m : found.items)
        items.push_back(boost::json::object{{"id", m.id},
                                            {"name", m.name},
                                            {"kind", domain::to_string(m.kind)},
                                            {"charity_number", nullable(m.charity_number)},
                                            {"company_number", nullable(m.company_number)},
                                            {"care_inspectorate_number", nullable(m.care_inspectorate_number)}});
    return json_response(200, boost::json::object{{"items", std::move(items)}, {"more", found.more}});
}

}  // namespace collabtender::api
