#include "app/sections/presence.hpp"

#include <chrono>

#include "app/sections/section_access.hpp"

namespace collabtender::app {

namespace {
constexpr auto presence_lifetime = std::chrono::seconds{60};
}  // namespace

void show_presence(persistence::Connection& db, const domain::Principal& member, const ShowPresence& command,
                   domain::TimePoint now) {
    db.transact([&](persistence::Tx& tx) {
        const auto s = member_section(tx, command.bid_id, command.section, member);
        persistence::heartbeat(tx, s.bid.bid.id, s.record.section, member.user_id, command.mode, now);
    });
}

void leave_section(persistence::Connection& db, const domain::Principal& member, const domain::BidId& bid_id,
                   const std::string& section) {
    db.transact([&](persistence::Tx& tx) {
        const auto s = member_section(tx, bid_id, section, member);
        persistence::leave(tx, s.bid.bid.id, s.record.section, member.user_id);
    });
}

std::vector<persistence::Presence> read_presence(persistence::Connection& db, const domain::Principal& member,
                                                 const domain::BidId& bid_id, domain::TimePoint now) {
    std::vector<persistence::Presence> present;
    db.transact([&](persistence::Tx& tx) {
        present = persistence::present(tx, member_bid(tx, bid_id, member).bid.id, now - presence_lifetime);
    });
    return present;
}

}  // namespace collabtender::app
