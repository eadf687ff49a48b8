#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/clarifications/publishing.hpp"
#include "api/handlers.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/clarifications/{clarification_id}/reconfirmation-preview
//     ?changes_tender_documents=true&lot_correction_lot_id=…
// For the tender's commissioners, before publishing: how many bids already sent
// the publication would require reconfirming, per lot, and whether publishing
// would be refused because the stage's deadline has passed. Reads only; the
// publication itself decides again.
Response get_reconfirmation_preview(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"changes_tender_documents", "lot_correction_lot_id"});
    const bool changes_documents = flag_parameter(parameters, "changes_tender_documents");
    const auto corrected_parameter = parameters.find("lot_correction_lot_id");
    boost::json::object out;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!may_manage_tender(context.principal, tender)) throw problems::forbidden();
        require_answers_allowed(tender);
        const auto clarification = persistence::find_clarification(tx, tender.id, request.param("clarification_id"));
        if (!clarification) throw problems::not_found("No such clarification.");
        if (clarification->published_at) throw problems::conflict("This clarification is already published.");
        std::optional<std::string> corrected;
        if (corrected_parameter != parameters.end()) {
            const auto lot = persistence::find_lot(tx, tender.id, corrected_parameter->second);
            if (!lot)
                throw bad_parameter("lot_correction_lot_id", "is not a lot of this tender", "unknown_lot");
            corrected = lot->id;
        }
        const auto lots = changed_lots(tx, tender, *clarification, changes_documents, corrected);
        const auto required = reconfirming(tx, tender, lots, context.now);
        boost::json::array per_lot;
        for (const auto& lot : persistence::list_lots(tx, tender.id)) {
            if (!lots.contains(lot.id)) continue;
            const auto bids = std::count_if(required.bids.begin(), required.bids.end(),
                                            [&](const auto& b) { return b.lot_id == lot.id; });
            per_lot.push_back(boost::json::object{
                {"lot_id", lot.id}, {"number", lot.details.number}, {"title", lot.details.title}, {"bids", bids}});
        }
        boost::json::value refusal = nullptr;
        if (required.too_late)
            refusal = boost::json::object{{"code", "reconfirmation-too-late"}, {"detail", reconfirmation_too_late_detail}};
        out = {{"clarification_id", clarification->id},
               {"stage", required.stage ? boost::json::value(*required.stage) : boost::json::value(nullptr)},
               {"deadline", required.deadline ? boost::json::value(domain::format_rfc3339(*required.deadline))
                                              : boost::json::value(nullptr)},
               {"bids", required.bids.size()},
               {"lots", std::move(per_lot)},
               {"refusal", std::move(refusal)}};
    });
    return json_response(200, out);
}

}  // namespace collabtender::api
