#include <boost/json.hpp>

#include "api/consortia/consortium_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "persistence/bids_repository.hpp"

namespace collabtender::api {

// Open invitations to the caller's organisation: all an invited organisation sees
// of a consortium until it accepts, enough to decide (its memorandum is readable
// at GET /consortia/{id}/mou).
Response get_invitations(const Request&, Context& context) {
    boost::json::array items;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        for (const auto& invitation : persistence::invitations_for(tx, context.principal->organisation_id)) {
            const auto consortium = persistence::find_consortium(tx, invitation.consortium_id);
            std::vector<persistence::LotRecord> lots;
            for (const auto& bid : persistence::list_bids(tx, consortium->id))
                if (auto lot = persistence::find_lot(tx, bid.tender_id, bid.lot_id)) lots.push_back(std::move(*lot));
            items.push_back(invitation_json(invitation, *consortium, lots));
        }
    });
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
