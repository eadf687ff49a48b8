#include "app/notifications/notify.hpp"

namespace collabtender::app {

void tell(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint now,
          const persistence::Notice& notice) {
    tell(tx, actor, now, std::vector<persistence::Notice>{notice});
}

void tell(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint now,
          const std::vector<persistence::Notice>& notices) {
    persistence::notify(tx, notices, actor ? std::optional<domain::UserId>{actor->user_id} : std::nullopt, now);
}

Names tender_names(const persistence::TenderRecord& tender) {
    return {{"tender", tender.details.title}, {"reference", tender.details.reference}, {"buyer", tender.buyer_name}};
}

void tell_partners(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint now,
                   const domain::BidId& bid_id, const std::string& kind, const std::string& link, const Names& extra,
                   const std::optional<std::string>& once_key) {
    tell(tx, actor, now, {kind, persistence::audience::BidPartners{bid_id}, extra, link, once_key});
}

}  // namespace collabtender::app
