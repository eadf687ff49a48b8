#include "app/notifications/notify.hpp"

#include "persistence/accounts_repository.hpp"
#include "persistence/bids_repository.hpp"
#include "persistence/consortia_repository.hpp"

namespace collabtender::app {

void tell(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint now,
          const persistence::Notice& notice) {
    persistence::notify(tx, notice, actor ? std::optional<std::string>{actor->user_id} : std::nullopt, now);
}

Names tender_names(persistence::Tx& tx, const persistence::TenderRecord& tender) {
    const auto buyer = persistence::find_organisation(tx, tender.organisation_id);
    return {{"tender", tender.details.title},
            {"reference", tender.details.reference},
            {"buyer", buyer ? buyer->name : std::string{"The buyer"}}};
}

void tell_partners(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint now,
                   const std::string& bid_id, const std::string& kind, const std::string& link, const Names& extra,
                   const std::optional<std::string>& once_key) {
    const auto bid = persistence::find_bid(tx, bid_id);
    const auto consortium = persistence::find_consortium(tx, bid->consortium_id);
    const auto tender = persistence::find_tender(tx, bid->tender_id);
    auto names = tender_names(tx, *tender);
    names["consortium"] = consortium->name;
    if (const auto lot = persistence::find_lot(tx, tender->id, bid->lot_id)) {
        names["lot"] = lot->details.title;
        names["lot_number"] = std::to_string(lot->details.number);
    }
    for (const auto& [name, value] : extra) names[name] = value;
    tell(tx, actor, now, {kind, persistence::Audience::consortium, consortium->id, std::move(names), link, once_key});
}

}  // namespace collabtender::app
