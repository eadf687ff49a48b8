#include "app/sections/read_people.hpp"

#include "app/bids/bid_context.hpp"

namespace collabtender::app {

std::vector<persistence::Person> read_people(persistence::Connection& db, const domain::Principal& member,
                                             const domain::BidId& bid_id) {
    std::vector<persistence::Person> people;
    db.transact([&](persistence::Tx& tx) {
        people = persistence::consortium_people(tx, member_bid(tx, bid_id, member).consortium.id);
    });
    return people;
}

}  // namespace collabtender::app
