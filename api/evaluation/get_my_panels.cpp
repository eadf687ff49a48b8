#include <boost/json.hpp>

#include "api/evaluation/panel_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "app/evaluation/read_my_panels.hpp"
#include "domain/panel.hpp"

namespace collabtender::api {

// GET /api/v1/me/panels: a panellist's panels, each lot with its progress in the
// stage being evaluated ("3 of 7 bids scored"), and whether the panel is scoring
// now (`evaluating`: between a stage's close and its results) (app::read_my_panels).
Response get_my_panels(const Request&, Context& context) {
    boost::json::array items;
    for (const auto& mine : app::read_my_panels(*context.db, *context.principal)) {
        boost::json::array lots;
        for (const auto& l : mine.lots)
            lots.push_back(boost::json::object{{"id", l.lot.id},
                                               {"number", l.lot.details.number},
                                               {"title", l.lot.details.title},
                                               {"bids", l.bids},
                                               {"conflicted", l.conflicted},
                                               {"excluded", l.excluded},
                                               {"scored", l.scored}});
        const auto& tender = mine.tender;
        auto item = panel_json(mine.panel);
        item["tender"] = {{"id", tender.id},
                          {"reference", tender.details.reference},
                          {"title", tender.details.title},
                          {"status", domain::to_string(tender.status)}};
        item["stage"] = mine.stage;
        item["evaluating"] = domain::evaluation_stage(tender.status).has_value();
        item["chair"] = mine.panel.member(context.principal->user_id)->member.chair;
        item["lots"] = std::move(lots);
        items.push_back(std::move(item));
    }
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
