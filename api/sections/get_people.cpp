#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/sections/read_people.hpp"

namespace collabtender::api {

// GET /api/v1/bids/{bid_id}/people: everyone who may work on the bid, for its
// members (app::read_people).
Response get_people(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& p : app::read_people(*context.db, *context.principal, domain::BidId{request.param("bid_id")}))
        items.push_back(boost::json::object{{"user_id", p.user_id},
                                            {"organisation_id", p.organisation_id},
                                            {"display_name", p.display_name},
                                            {"authorised_signatory", p.authorised_signatory}});
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
