#pragma once

// Telling people what happened: notices written in the transaction of the change.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"
#include "persistence/notifications_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

using Names = std::map<std::string, std::string>;

// Writes the notice for its audience, leaving out the actor (none: the timetable).
void tell(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint now,
          const persistence::Notice& notice);
// Any number of notices at once, in one statement.
void tell(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint now,
          const std::vector<persistence::Notice>& notices);

// The public names a notice about a tender uses: tender, reference, buyer.
Names tender_names(const persistence::TenderRecord& tender);

// A notice to the people of every accepted member of a bid's partnership (by the
// bid's id), about the bid, with its names (tender, lot, partnership) and `extra`.
void tell_partners(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint now,
                   const domain::BidId& bid_id, const std::string& kind, const std::string& link,
                   const Names& extra = {}, const std::optional<std::string>& once_key = std::nullopt);

}  // namespace collabtender::app
