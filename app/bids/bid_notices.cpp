#include "app/bids/bid_notices.hpp"

namespace collabtender::app {

Names bid_names(const BidContext& bid) {
    auto names = tender_names(bid.tender);
    names["consortium"] = bid.consortium.name;
    names["lot"] = bid.lot.details.title;
    names["lot_number"] = std::to_string(bid.lot.details.number);
    return names;
}

std::string section_title(const BidContext& bid, const domain::SectionKey& key) {
    const auto at = static_cast<std::size_t>(key.index);
    switch (key.kind) {
        case domain::SectionKey::Kind::response:
            if (at < bid.criteria.size()) return bid.criteria[at].title;
            break;
        case domain::SectionKey::Kind::declaration:
            if (at < bid.gates.size()) return "Declaration: " + domain::gate_title(bid.gates[at].parameters);
            break;
        case domain::SectionKey::Kind::document:
            if (at < bid.required_documents.size()) return "Document: " + bid.required_documents[at].title;
            break;
    }
    return domain::to_string(key);
}

void tell_about_bid(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint now,
                    const BidContext& bid, const std::string& kind, const persistence::Audience& audience,
                    const std::optional<domain::SectionKey>& section) {
    auto names = bid_names(bid);
    std::string link = "/bids/" + bid.bid.id.str();
    if (section) {
        names["section"] = section_title(bid, *section);
        link += "/sections/" + domain::to_string(*section);
    } else if (kind.starts_with("sign_off")) {
        link += "/sign-off";
    }
    tell(tx, actor, now, {kind, audience, std::move(names), link, std::nullopt});
}

}  // namespace collabtender::app
