#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "api/users/account_json.hpp"
#include "app/accounts/accounts.hpp"
#include "domain/text.hpp"

namespace collabtender::api {

// GET /api/v1/users?q=&organisation_id=&role=&status=&limit=&offset=
// (app::find_accounts): the accounts the caller manages (an admin's: everyone;
// a commissioner's: their body's panellists), by name, and how many match.
Response get_users(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"q", "organisation_id", "role", "status", "limit", "offset"});
    persistence::AccountFilter filter;
    const auto paged = paging(parameters);
    filter.limit = paged.limit;
    filter.offset = paged.offset;
    if (const auto q = parameters.find("q"); q != parameters.end() && !domain::trim(q->second).empty()) {
        if (domain::code_points(q->second) > 200) throw bad_parameter("q", "give at most 200 characters");
        filter.text = std::string{domain::trim(q->second)};
    }
    if (const auto given = parameters.find("organisation_id"); given != parameters.end())
        filter.organisation_id = domain::OrganisationId{given->second};
    if (const auto given = parameters.find("role"); given != parameters.end()) {
        filter.role = domain::parse_role(given->second);
        if (!filter.role) throw bad_parameter("role", "must be admin, commissioner, panellist or provider");
    }
    if (const auto given = parameters.find("status"); given != parameters.end()) {
        filter.status = domain::parse_account_status(given->second);
        if (!filter.status) throw bad_parameter("status", "must be invited, active or deactivated");
    }
    const auto found = app::find_accounts(*context.db, *context.principal, filter);
    boost::json::array items;
    for (const auto& account : found.accounts) items.push_back(account_json(account));
    return json_response(200, boost::json::object{{"items", std::move(items)}, {"total", found.total}});
}

}  // namespace collabtender::api
