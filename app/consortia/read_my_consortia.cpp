#include "app/consortia/read_my_consortia.hpp"

#include <set>

#include "app/bids/bid_context.hpp"
#include "app/evaluation/gates.hpp"
#include "domain/bid.hpp"

namespace collabtender::app {

namespace {

std::string standing(const BidStanding& b) {
    const bool sent = !b.submissions.empty();
    const bool last_withdrawn = sent && b.submissions.back().withdrawn_at.has_value();
    return domain::bid_status(b.lot.cancellation.has_value(), reconfirmation_requests(b.reconfirmations),
                              !failed_gates(b.stage1_results).empty(), sent, last_withdrawn);
}

}  // namespace

std::vector<MyConsortium> read_my_consortia(persistence::Connection& db, const domain::Principal& principal) {
    std::vector<MyConsortium> out;
    db.transact([&](persistence::Tx& tx) {
        out.clear();
        auto consortia = persistence::consortia_of_organisation(tx, principal.organisation_id);
        if (consortia.empty()) return;
        std::vector<domain::ConsortiumId> consortium_ids;
        std::set<domain::TenderId> tender_ids;
        for (const auto& c : consortia) {
            consortium_ids.push_back(c.id);
            tender_ids.insert(c.tender_id);
        }
        const std::vector<domain::TenderId> tenders_wanted{tender_ids.begin(), tender_ids.end()};
        auto tenders = persistence::tenders_by_ids(tx, tenders_wanted);
        std::map<std::string, persistence::LotRecord> lots;
        for (auto& [tender, tender_lots] : persistence::lots_of_tenders(tx, tenders_wanted))
            for (auto& lot : tender_lots) lots.emplace(lot.id, std::move(lot));
        auto bids = persistence::bids_of_consortia(tx, consortium_ids);
        auto stamps = persistence::submission_stamps(tx, consortium_ids);
        auto reconfirmations = persistence::reconfirmations_of_consortia(tx, consortium_ids);
        // Stage-1 gate results only of the tenders that have released them.
        std::vector<domain::TenderId> released;
        for (const auto& [id, tender] : tenders)
            if (domain::stage1_results_released(tender.status)) released.push_back(tender.id);
        auto gates = persistence::gates_of_tenders(tx, released);
        auto results = persistence::gate_results_of_tenders(tx, released, 1);

        for (auto& c : consortia) {
            MyConsortium mine;
            mine.tender = tenders.at(c.tender_id);
            mine.consortium = std::move(c);
            for (auto& bid : bids[mine.consortium.id]) {
                BidStanding b;
                b.lot = lots.at(bid.lot_id);
                b.bid = std::move(bid);
                b.submissions = std::move(stamps[b.bid.id]);
                b.reconfirmations = std::move(reconfirmations[b.bid.id]);
                if (const auto r = results.find(b.bid.id); r != results.end()) {
                    b.lot_gates = domain::lot_gates(gates[b.bid.tender_id], b.lot.id);
                    b.stage1_results = r->second;
                }
                b.status = standing(b);
                mine.bids.push_back(std::move(b));
            }
            out.push_back(std::move(mine));
        }
    });
    return out;
}

}  // namespace collabtender::app
