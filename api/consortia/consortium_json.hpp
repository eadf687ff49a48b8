#pragma once

#include <vector>

#include <boost/json/object.hpp>

#include "persistence/consortia_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {

// A consortium with its members and what, if anything, keeps it from being complete.
// `reveal_lock` is false for the owning body while bids are sealed: a lock would
// tell it which consortia have submitted.
boost::json::object consortium_json(const persistence::ConsortiumRecord& consortium, bool reveal_lock = true);
// An open invitation with what the invited organisation weighs before answering:
// who else is in (names, roles, shares, status), the memorandum, and the lots the
// partnership has started bids for.
boost::json::object invitation_json(const persistence::InvitationRecord& invitation,
                                    const persistence::ConsortiumRecord& consortium,
                                    const std::vector<persistence::LotRecord>& lots);
boost::json::object partner_listing_json(const persistence::PartnerListingRecord& listing);

}  // namespace collabtender::api
