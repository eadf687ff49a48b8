#pragma once

#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "api/ocds/open_data.hpp"
#include "domain/criteria.hpp"
#include "domain/gates.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/awards_repository.hpp"
#include "persistence/pin_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

struct OrganisationRef {
    std::string id;
    std::string name;
};

// A bid as open data, once the awards are proposed: its final submission, the
// consortium's members, and whether a minimum requirement disqualified it.
struct BidForRelease {
    std::string id;
    std::string lot_id;
    domain::TimePoint submitted_at;
    std::vector<OrganisationRef> tenderers;
    bool disqualified = false;
};

// Everything one tender's release is made from, read in one transaction.
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

// An OCDS 1.1 release package holding the tender's current release, with the lots
// and bid extensions (tests/ocds/MAPPING.md explains each field). Only for
// published tenders: drafts are never exported.
boost::json::object release_package(const TenderForRelease& input, const OpenData& open_data);

}  // namespace collabtender::api
