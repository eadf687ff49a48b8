#include "api/notifications/notices.hpp"

#include "persistence/accounts_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {
void tell(persistence::Tx& tx, const Context& context, const persistence::Notice& notice) {
    app::tell(tx, context.principal, context.now, notice);
}

void tell_partners(persistence::Tx& tx, const Context& context, const domain::BidId& bid_id, const std::string& kind,
                   const std::string& link, const Names& extra, const std::optional<std::string>& once_key) {
    app::tell_partners(tx, context.principal, context.now, bid_id, kind, link, extra, once_key);
}

void tell_about_bid(persistence::Tx& tx, const Context& context, const BidContext& bid, const std::string& kind,
                    persistence::Audience audience, const std::string& audience_id,
                    const std::optional<domain::SectionKey>& section) {
    app::tell_about_bid(tx, context.principal, context.now, bid, kind, audience, audience_id, section);
}

}  // namespace collabtender::api
