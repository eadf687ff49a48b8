#pragma once

#include <boost/json/object.hpp>

#include "persistence/consortia_repository.hpp"

namespace collabtender::api {

// A consortium with its members and what, if anything, keeps it from being complete.
boost::json::object consortium_json(const persistence::ConsortiumRecord& consortium);
boost::json::object invitation_json(const persistence::InvitationRecord& invitation);
boost::json::object partner_listing_json(const persistence::PartnerListingRecord& listing);

}  // namespace collabtender::api
