#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/commands.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// PUT /api/v1/tenders/{tender_id}/gates with If-Match: the tender's gates as a set
// (app::set_gates).
Response put_gates(const Request& request, Context& context) {
    const int version = required_if_match(request);
    auto command = read_command<app::SetGates>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    command.version = version;
    const auto set = app::set_gates(*context.db, *context.principal, command, context.now);
    boost::json::array items;
    for (const auto& gate : set.gates) items.push_back(gate_json(gate));
    auto response = json_response(200, boost::json::object{{"gates", std::move(items)}});
    response.headers.emplace_back("ETag", etag(set.version));
    return response;
}

}  // namespace collabtender::api
