#include <boost/json.hpp>

#include "api/audit/audit_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "app/audit/read_tender_audit.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/audit (app::read_tender_audit): the tender's
// chain, oldest first, for its commissioners (api/audit/audit_json).
Response get_tender_audit(const Request& request, Context& context) {
    const auto page = paging(query_parameters(request, {"limit", "offset"}));
    const auto audit = app::read_tender_audit(*context.db, *context.principal,
                                              {domain::TenderId{request.param("tender_id")}, page.limit, page.offset});
    return json_response(200, boost::json::object{{"items", audited_json(audit.items)},
                                                  {"total", audit.total},
                                                  {"limit", page.limit},
                                                  {"offset", page.offset}});
}

}  // namespace collabtender::api
