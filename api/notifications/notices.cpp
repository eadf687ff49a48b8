#include "api/notifications/notices.hpp"

#include "persistence/accounts_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {
void tell(persistence::Tx& tx, const Context& context, const persistence::Notice& notice) {
    app::tell(tx, context.principal, context.now, notice);
}

Names bid_names(const BidContext& bid) {
    auto names = app::tender_names(bid.tender);
    names["consortium"] = bid.consortium.name;
    names["lot"] = bid.lot.details.title;
    names["lot_number"] = std::to_string(bid.lot.details.number);
    return names;
}

void tell_partners(persistence::Tx& tx, const Context& context, const std::string& bid_id, const std::string& kind,
                   const std::string& link, const Names& extra, const std::optional<std::string>& once_key) {
    app::tell_partners(tx, context.principal, context.now, bid_id, kind, link, extra, once_key);
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

void tell_about_bid(persistence::Tx& tx, const Context& context, const BidContext& bid, const std::string& kind,
                    persistence::Audience audience, const std::string& audience_id,
                    const std::optional<domain::SectionKey>& section) {
    auto names = bid_names(bid);
    std::string link = "/bids/" + bid.bid.id;
    if (section) {
        names["section"] = section_title(bid, *section);
        link += "/sections/" + domain::to_string(*section);
    } else if (kind.starts_with("sign_off")) {
        link += "/sign-off";
    }
    tell(tx, context, {kind, audience, audience_id, std::move(names), link, std::nullopt});
}

}  // namespace collabtender::api
