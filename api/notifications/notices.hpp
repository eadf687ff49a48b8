#pragma once

// Telling people what happened: notices written in the caller's transaction by
// the handlers that make the change.
#include <map>
#include <string>

#include "api/bids/bid_context.hpp"
#include "app/bids/bid_notices.hpp"
#include "api/router.hpp"
#include "app/notifications/notify.hpp"
#include "domain/bid_section.hpp"
#include "domain/ids.hpp"
#include "domain/notification.hpp"
#include "domain/time_format.hpp"
#include "persistence/notifications_repository.hpp"

namespace collabtender::api {

using app::Names;
using app::tender_names;

// app::tell for a handler not yet moved to app/: leaves out the signed-in actor.
void tell(persistence::Tx& tx, const Context& context, const persistence::Notice& notice);
using app::bid_names;
using app::section_title;

// app::tell_about_bid for a handler not yet moved to app/.
void tell_about_bid(persistence::Tx& tx, const Context& context, const BidContext& bid, const std::string& kind,
                    persistence::Audience audience, const std::string& audience_id,
                    const std::optional<domain::SectionKey>& section = std::nullopt);

// app::tell_partners for a handler not yet moved to app/.
void tell_partners(persistence::Tx& tx, const Context& context, const domain::BidId& bid_id, const std::string& kind,
                   const std::string& link, const Names& extra = {},
                   const std::optional<std::string>& once_key = std::nullopt);

}  // namespace collabtender::api
