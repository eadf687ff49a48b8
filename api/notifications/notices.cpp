#include "api/notifications/notices.hpp"

#include <chrono>

#include <fmt/format.h>

#include "persistence/accounts_repository.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::api {
namespace {

// 01:00 UTC on the last Sunday of the month: when UK clocks change.
std::chrono::sys_seconds clock_change(std::chrono::year year, std::chrono::month month) {
    using namespace std::chrono;
    const sys_days last_sunday{year / month / Sunday[last]};
    return sys_seconds{last_sunday} + hours{1};
}

Names bid_names(persistence::Tx& tx, const persistence::TenderRecord& tender,
                const persistence::ConsortiumRecord& consortium, const persistence::BidRecord& bid) {
    auto names = tender_names(tx, tender);
    names["consortium"] = consortium.name;
    if (const auto lot = persistence::find_lot(tx, tender.id, bid.lot_id)) {
        names["lot"] = lot->details.title;
        names["lot_number"] = std::to_string(lot->details.number);
    }
    return names;
}

}  // namespace

void tell(persistence::Tx& tx, const Context& context, const persistence::Notice& notice) {
    std::optional<std::string> actor;
    if (context.principal) actor = context.principal->user_id;
    persistence::notify(tx, notice, actor, context.now);
}

Names tender_names(persistence::Tx& tx, const persistence::TenderRecord& tender) {
    const auto buyer = persistence::find_organisation(tx, tender.organisation_id);
    return {{"tender", tender.details.title},
            {"reference", tender.details.reference},
            {"buyer", buyer ? buyer->name : std::string{"The buyer"}}};
}

Names bid_names(persistence::Tx& tx, const BidContext& bid) { return bid_names(tx, bid.tender, bid.consortium, bid.bid); }

void tell_partners(persistence::Tx& tx, const Context& context, const std::string& bid_id, const std::string& kind,
                   const std::string& link, const Names& extra, const std::optional<std::string>& once_key) {
    const auto bid = persistence::find_bid(tx, bid_id);
    const auto consortium = persistence::find_consortium(tx, bid->consortium_id);
    auto names = bid_names(tx, *persistence::find_tender(tx, bid->tender_id), *consortium, *bid);
    for (const auto& [name, value] : extra) names[name] = value;
    tell(tx, context, {kind, persistence::Audience::consortium, consortium->id, std::move(names), link, once_key});
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
    auto names = bid_names(tx, bid);
    std::string link = "/bids/" + bid.bid.id;
    if (section) {
        names["section"] = section_title(bid, *section);
        link += "/sections/" + domain::to_string(*section);
    } else if (kind.starts_with("sign_off")) {
        link += "/sign-off";
    }
    tell(tx, context, {kind, audience, audience_id, std::move(names), link, std::nullopt});
}

domain::Message notification_message(const std::string& public_url, const std::string& kind, const Names& subject,
                                     const std::string& link, const std::string& unsubscribe_token) {
    const auto* found = domain::find_notification_kind(kind);
    if (found == nullptr) throw std::logic_error{"unknown notification kind " + kind};
    return domain::render_message(*found, subject,
                                  {public_url + link, public_url + "/notifications/settings",
                                   public_url + "/unsubscribe?token=" + unsubscribe_token});
}

namespace {

// UK local time: GMT, or BST between the last Sundays of March and October.
struct UkTime {
    std::chrono::year_month_day date;
    std::chrono::hh_mm_ss<std::chrono::seconds> time;
    bool summer;
};

UkTime uk_time(domain::TimePoint at) {
    using namespace std::chrono;
    const auto utc = floor<seconds>(at);
    const year y = year_month_day{floor<days>(utc)}.year();
    const bool summer = utc >= clock_change(y, March) && utc < clock_change(y, October);
    const auto local = utc + hours{summer ? 1 : 0};
    return {year_month_day{floor<days>(local)}, hh_mm_ss{local - floor<days>(local)}, summer};
}

}  // namespace

std::string readable_date(domain::TimePoint at) {
    static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                             "July",    "August",   "September", "October", "November", "December"};
    const auto d = uk_time(at).date;
    return fmt::format("{} {} {}", static_cast<unsigned>(d.day()), months[static_cast<unsigned>(d.month()) - 1],
                       static_cast<int>(d.year()));
}

std::string readable_time(domain::TimePoint at) {
    const auto t = uk_time(at);
    return fmt::format("{}, {:02}:{:02} ({})", readable_date(at), t.time.hours().count(), t.time.minutes().count(),
                       t.summer ? "BST" : "GMT");
}

}  // namespace collabtender::api
