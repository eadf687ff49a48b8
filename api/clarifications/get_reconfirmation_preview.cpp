#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "app/clarifications/preview_reconfirmations.hpp"
#include "domain/clarification.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/clarifications/{clarification_id}/reconfirmation-preview
//     ?changes_tender_documents=true&lot_correction_lot_id=…
// What publishing would require reconfirming (app::preview_reconfirmations).
Response get_reconfirmation_preview(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"changes_tender_documents", "lot_correction_lot_id"});
    app::PreviewReconfirmations command{domain::TenderId{request.param("tender_id")},
                                        domain::ClarificationId{request.param("clarification_id")},
                                        flag_parameter(parameters, "changes_tender_documents"), std::nullopt};
    if (const auto corrected = parameters.find("lot_correction_lot_id"); corrected != parameters.end())
        command.corrected_lot_id = domain::LotId{corrected->second};
    const auto preview = app::preview_reconfirmations(*context.db, *context.principal, command, context.now);
    const auto& required = preview.required;
    boost::json::array lots;
    for (const auto& [lot, bids] : preview.lots)
        lots.push_back(boost::json::object{
            {"lot_id", lot.id}, {"number", lot.details.number}, {"title", lot.details.title}, {"bids", bids}});
    boost::json::value refusal = nullptr;
    if (required.too_late)
        refusal = boost::json::object{{"code", "reconfirmation-too-late"},
                                      {"detail", domain::reconfirmation_too_late_detail}};
    return json_response(
        200, boost::json::object{
                 {"clarification_id", preview.clarification_id},
                 {"stage", required.stage ? boost::json::value(*required.stage) : boost::json::value(nullptr)},
                 {"deadline", required.deadline ? boost::json::value(domain::format_rfc3339(*required.deadline))
                                                : boost::json::value(nullptr)},
                 {"bids", required.bids.size()},
                 {"lots", std::move(lots)},
                 {"refusal", std::move(refusal)}});
}

}  // namespace collabtender::api
