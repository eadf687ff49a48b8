#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::api {

// GET /api/v1/panellists: the accounts a commissioner may seat on a panel. Names
// and organisations only: nothing a panellist shares about their own life.
Response get_panellists(const Request&, Context& context) {
    std::vector<persistence::PanellistRecord> panellists;
    context.db->transact([&](persistence::Tx& tx) { panellists = persistence::list_panellists(tx); });
    boost::json::array items;
    for (const auto& p : panellists)
        items.push_back(boost::json::object{{"id", p.id}, {"display_name", p.display_name}, {"organisation", p.organisation_name}});
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
