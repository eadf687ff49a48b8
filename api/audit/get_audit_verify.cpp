#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "app/audit/verify_chains.hpp"

namespace collabtender::api {

// GET /api/v1/audit/verify[?tender_id=] (app::verify_chains): every chain for
// admins, a tender's chain for its commissioners.
Response get_audit_verify(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"tender_id"});
    std::optional<domain::TenderId> tender_id;
    if (const auto found = parameters.find("tender_id"); found != parameters.end())
        tender_id = domain::TenderId{found->second};
    const auto verified = app::verify_chains(*context.db, *context.principal, tender_id);
    boost::json::array broken;
    for (const auto& link : verified.broken)
        broken.push_back(boost::json::object{{"chain", link.chain}, {"position", link.position}, {"reason", link.reason}});
    return json_response(200, boost::json::object{{"intact", verified.broken.empty()},
                                                  {"chains", verified.chains},
                                                  {"links", verified.links},
                                                  {"broken", std::move(broken)}});
}

}  // namespace collabtender::api
