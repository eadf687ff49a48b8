#pragma once

// Notices about a bid to its partners, with the bid's names and a link into it.
#include <optional>
#include <string>

#include "app/bids/bid_context.hpp"
#include "app/notifications/notify.hpp"
#include "domain/bid_section.hpp"

namespace collabtender::app {

// The tender's names plus the bid's lot and partnership: lot, lot_number, consortium.
Names bid_names(const BidContext& bid);
// A section as its writers know it: the criterion's title, the gate, or the document.
std::string section_title(const BidContext& bid, const domain::SectionKey& key);

// A notice about a bid to its partners: `section` names the part it is about
// (the link opens it); without one the link opens the bid, or its sign-off page.
void tell_about_bid(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint now,
                    const BidContext& bid, const std::string& kind, const persistence::Audience& audience,
                    const std::optional<domain::SectionKey>& section = std::nullopt);

}  // namespace collabtender::app
