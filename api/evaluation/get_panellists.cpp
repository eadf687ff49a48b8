#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/read_panellists.hpp"

namespace collabtender::api {

// GET /api/v1/panellists: the accounts a commissioner may seat on a panel
// (app::read_panellists).
Response get_panellists(const Request&, Context& context) {
    boost::json::array items;
    for (const auto& p : app::read_panellists(*context.db))
        items.push_back(boost::json::object{{"id", p.id}, {"display_name", p.display_name}, {"organisation", p.organisation_name}});
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
