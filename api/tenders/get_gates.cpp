#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/tender_json.hpp"
#include "app/tenders/read_gates.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/gates (app::read_gates).
Response get_gates(const Request& request, Context& context) {
    const auto read = app::read_gates(*context.db, context.principal, domain::TenderId{request.param("tender_id")});
    boost::json::array items;
    for (const auto& gate : read.gates) items.push_back(gate_json(gate));
    auto response = json_response(200, boost::json::object{{"gates", std::move(items)}});
    response.headers.emplace_back("ETag", etag(read.version));
    return response;
}

}  // namespace collabtender::api
