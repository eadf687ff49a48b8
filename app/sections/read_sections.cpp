#include "app/sections/read_sections.hpp"

#include "app/bids/draft.hpp"
#include "app/evaluation/criterion_advice.hpp"
#include "domain/bid.hpp"

namespace collabtender::app {

namespace {

std::optional<std::string> advice_on(const std::vector<std::string>& advice, const domain::SectionKey& key) {
    if (key.kind != domain::SectionKey::Kind::response || advice.empty()) return std::nullopt;
    return advice.at(static_cast<std::size_t>(key.index));
}

}  // namespace

ReadSection read_section(persistence::Connection& db, const domain::Principal& member, const domain::BidId& bid_id,
                         const std::string& section) {
    ReadSection out;
    db.transact([&](persistence::Tx& tx) {
        out.saved = saved_section(tx, member_section(tx, bid_id, section, member));
        const auto& s = out.saved.section;
        out.stage1_advice = s.key.kind == domain::SectionKey::Kind::response
                                ? advice_on(released_advice(tx, s.bid.bid.id, s.bid.tender.id), s.key)
                                : std::nullopt;
    });
    return out;
}

BidSections read_sections(persistence::Connection& db, const domain::Principal& member, const domain::BidId& bid_id,
                          domain::TimePoint now) {
    BidSections out;
    db.transact([&](persistence::Tx& tx) {
        out.bid = member_bid(tx, bid_id, member);
        const auto records = persistence::list_sections(tx, out.bid.bid.id);
        const auto advice = released_advice(tx, out.bid.bid.id, out.bid.tender.id);
        out.items.clear();
        const auto add = [&](domain::SectionKey::Kind kind, std::size_t count) {
            for (std::size_t i = 0; i < count; ++i) {
                const domain::SectionKey key{kind, static_cast<int>(i)};
                out.items.push_back({key, persistence::section_or_new(records, domain::to_string(key)), advice_on(advice, key)});
            }
        };
        add(domain::SectionKey::Kind::response, out.bid.criteria.size());
        add(domain::SectionKey::Kind::declaration, out.bid.gates.size());
        add(domain::SectionKey::Kind::document, out.bid.required_documents.size());
        // Sign-offs count only while a stage is open: a draft is signed for that stage.
        const auto stage = domain::open_stage(out.bid.tender.status, out.bid.tender.details.timetable, now);
        out.blocking = stage ? blocking_submission(out.bid, *stage) : submission_problems(out.bid);
    });
    return out;
}

}  // namespace collabtender::app
