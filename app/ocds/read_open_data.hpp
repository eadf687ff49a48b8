#pragma once

// A tender as open data: everything its OCDS release is made from, read in one
// transaction (api/ocds/release_package.cpp makes the release).
#include <string>
#include <utility>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/criteria.hpp"
#include "domain/gates.hpp"
#include "domain/ids.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/awards_repository.hpp"
#include "persistence/pin_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

struct OrganisationRef {
    domain::OrganisationId id;
    std::string name;
};

// A bid as open data, once the awards are proposed: its final submission, the
// consortium's members, and whether a minimum requirement disqualified it.
struct BidForRelease {
    domain::BidId id;
    domain::LotId lot_id;
    domain::TimePoint submitted_at;
    std::vector<OrganisationRef> tenderers;
    bool disqualified = false;
};

struct TenderForRelease {
    persistence::TenderRecord tender;
    persistence::OrganisationRecord buyer;
    std::vector<persistence::LotRecord> lots;
    std::vector<domain::Criterion> criteria;
    std::vector<std::pair<int, std::vector<domain::Criterion>>> lot_criteria;  // lot number, its own set
    std::vector<domain::Gate> gates;
    std::vector<persistence::InformationSessionRecord> sessions;
    long clarifications = 0;
    domain::TimePoint now;
    std::vector<std::pair<std::string, int>> bid_counts;  // per lot id, once stage 1 has closed
    std::vector<BidForRelease> bids;                      // once awards are proposed
    std::vector<persistence::AwardDecision> decisions;
};

// Published tenders only, for anyone: bid counts once stage 1 has closed;
// bidders, their final bids and the awards once awards are proposed; nothing
// about bids while they are sealed. Refuses a tender the caller may not know of,
// and a draft, even to its owner (not_found).
TenderForRelease read_open_data(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                                const domain::TenderId& tender_id, domain::TimePoint now);

}  // namespace collabtender::app
