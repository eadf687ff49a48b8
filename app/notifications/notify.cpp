#include "app/notifications/notify.hpp"

#include "persistence/bids_repository.hpp"

namespace collabtender::app {

void tell(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint now,
          const persistence::Notice& notice) {
    persistence::notify(tx, notice, actor ? std::optional<std::string>{actor->user_id} : std::nullopt, now);
}

Names tender_names(const persistence::TenderRecord& tender) {
    return {{"tender", tender.details.title}, {"reference", tender.details.reference}, {"buyer", tender.buyer_name}};
}

void tell_partners(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint now,
                   const std::string& bid_id, const std::string& kind, const std::string& link, const Names& extra,
                   const std::optional<std::string>& once_key) {
    auto notice = persistence::bid_notice_names(tx, bid_id);
    if (!notice) return;
    for (const auto& [name, value] : extra) notice->names[name] = value;
    tell(tx, actor, now,
         {kind, persistence::Audience::consortium, notice->consortium_id, std::move(notice->names), link, once_key});
}

}  // namespace collabtender::app
