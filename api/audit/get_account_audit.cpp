#include <boost/json.hpp>

#include "api/audit/audit_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "app/audit/read_account_audit.hpp"

namespace collabtender::api {

// GET /api/v1/audit/accounts?entity_type=&entity_id= (app::read_account_audit):
// for an admin, the account audit trail, newest first (api/audit/audit_json).
Response get_account_audit(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"entity_type", "entity_id", "limit", "offset"});
    const auto page = paging(parameters);
    app::ReadAccountAudit query{std::nullopt, std::nullopt, page.limit, page.offset};
    if (const auto given = parameters.find("entity_type"); given != parameters.end()) {
        if (given->second != "user" && given->second != "organisation" && given->second != "registration" &&
            given->second != "setting")
            throw bad_parameter("entity_type", "must be user, organisation, registration or setting");
        query.entity_type = given->second;
    }
    if (const auto given = parameters.find("entity_id"); given != parameters.end()) query.entity_id = given->second;
    const auto audit = app::read_account_audit(*context.db, query);
    return json_response(200, boost::json::object{{"items", audited_json(audit.items)},
                                                  {"total", audit.total},
                                                  {"limit", page.limit},
                                                  {"offset", page.offset}});
}

}  // namespace collabtender::api
