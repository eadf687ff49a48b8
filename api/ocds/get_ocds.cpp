#include <boost/json.hpp>

#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/ocds/release_package.hpp"
#include "api/problem.hpp"
#include "api/tenders/tender_json.hpp"

namespace collabtender::api {

// GET /api/v1/tenders/{tender_id}/ocds: the tender as open data. Published
// tenders only, for anyone; a draft is not there, even for its owner.
Response get_ocds(const Request& request, Context& context) {
    std::optional<TenderForRelease> input;
    context.db->transact([&](persistence::Tx& tx) {
        auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        if (!domain::is_published(tender.status, tender.was_published))
            throw problems::not_found("A draft tender has no open data.");
        TenderForRelease in;
        in.buyer = *persistence::find_organisation(tx, tender.organisation_id);
        in.lots = persistence::list_lots(tx, tender.id);
        in.criteria = persistence::list_criteria(tx, tender.id, std::nullopt);
        in.sessions = persistence::list_information_sessions(tx, tender.id);
        in.clarifications = persistence::count_clarifications(tx, tender.id);
        in.now = context.now;
        for (const auto& gate : persistence::list_gates(tx, tender.id)) in.gates.push_back(from_stored(gate));
        for (const auto& lot : in.lots)
            if (auto own = persistence::list_criteria(tx, tender.id, lot.id); !own.empty())
                in.lot_criteria.emplace_back(lot.details.number, std::move(own));
        in.tender = std::move(tender);
        input = std::move(in);
    });
    return json_response(200, release_package(*input, context.settings.open_data));
}

}  // namespace collabtender::api
