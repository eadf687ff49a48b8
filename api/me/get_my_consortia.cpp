#include <map>

#include <boost/json.hpp>

#include "api/bids/bid_context.hpp"
#include "api/consortia/consortium_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/tenders/tender_json.hpp"
#include "domain/time_format.hpp"
#include "domain/bid.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/evaluation_repository.hpp"

namespace collabtender::api {

// GET /api/v1/me/consortia: every partnership the caller's organisation leads or
// has joined, in any tender, newest first, each with its tender and a summary of
// its bids (lot, submission times, where each stands): a provider's home in one
// request, in a few queries per consortium (none per bid; once released, the
// tender's gates once and each lot's stage-1 results: a bid that is out says why).
// Drafts' and submissions' content stay on the bids' pages.
Response get_my_consortia(const Request&, Context& context) {
    boost::json::array items;
    context.db->transact([&](persistence::Tx& tx) {
        items.clear();
        std::map<std::string, boost::json::object> tenders;
        std::map<std::string, persistence::LotRecord> lots;
        // Stage-1 gates and their results by lot, read once a tender has released them.
        std::map<std::string, std::vector<domain::Gate>> gates_by_lot;
        std::map<std::string, std::map<std::string, std::vector<persistence::GateResultRecord>>> results_by_lot;
        for (const auto& c : persistence::consortia_of_organisation(tx, context.principal->organisation_id)) {
            if (!tenders.contains(c.tender_id)) {
                const auto tender = *persistence::find_tender(tx, c.tender_id);
                tenders.emplace(c.tender_id, tender_json(tender));
                const bool released = domain::stage1_results_released(tender.status);
                const auto tender_gates = released ? persistence::list_gates(tx, c.tender_id)
                                                   : std::vector<domain::Gate>{};
                for (auto& lot : persistence::list_lots(tx, c.tender_id)) {
                    if (released) {
                        gates_by_lot.emplace(lot.id, lot_gates(tender_gates, lot.id));
                        results_by_lot.emplace(lot.id, persistence::lot_gate_results(tx, lot.id, 1));
                    }
                    lots.emplace(lot.id, std::move(lot));
                }
            }
            const auto stamps = persistence::submission_stamps(tx, c.id);
            auto reconfirmations_by_bid = persistence::reconfirmations_of_consortium(tx, c.id);
            boost::json::array bids;
            for (const auto& bid : persistence::list_bids(tx, c.id)) {
                const auto& lot = lots.at(bid.lot_id);
                boost::json::array submissions;
                bool last_withdrawn = false;
                for (const auto& s : stamps)
                    if (s.bid_id == bid.id) {
                        last_withdrawn = s.withdrawn_at.has_value();
                        submissions.push_back(boost::json::object{
                            {"stage", s.stage},
                            {"version", s.version},
                            {"submitted_at", domain::format_rfc3339(s.submitted_at)},
                            {"withdrawn_at", s.withdrawn_at ? boost::json::value(domain::format_rfc3339(*s.withdrawn_at)) : nullptr}});
                    }
                const auto& reconfirmations = reconfirmations_by_bid[bid.id];
                boost::json::value exclusion = nullptr;
                if (const auto lot_results = results_by_lot.find(bid.lot_id); lot_results != results_by_lot.end())
                    if (const auto results = lot_results->second.find(bid.id); results != lot_results->second.end())
                        exclusion = exclusion_json(gates_by_lot.at(bid.lot_id), results->second);
                bids.push_back(boost::json::object{
                    {"id", bid.id},
                    {"lot", {{"id", lot.id}, {"number", lot.details.number}, {"title", lot.details.title}}},
                    {"status", domain::bid_status(lot.cancellation.has_value(), app::reconfirmation_requests(reconfirmations),
                                                  !exclusion.is_null(), !submissions.empty(), last_withdrawn)},
                    {"exclusion", exclusion},
                    {"reconfirmations", reconfirmations_json(reconfirmations)},
                    {"lot_cancellation", lot_cancellation_json(lot)},
                    {"submissions", std::move(submissions)}});
            }
            auto item = consortium_json(c);
            item["tender"] = tenders.at(c.tender_id);
            item["bids"] = std::move(bids);
            items.push_back(std::move(item));
        }
    });
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace collabtender::api
