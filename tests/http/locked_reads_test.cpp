// A use case that changes something first locks it and reads what its rules look
// at: a bid with its lists (persistence::bid_facts), a consortium with its members,
// a lot with its tender. When another transaction holds the lock, the read waits;
// what it then returns must be what that transaction committed, or the rules judge
// what no longer is: a submission judging sign-offs just made again or missing the
// partner who just joined, a lot cancelled twice.
#include <doctest/doctest.h>

#include <chrono>
#include <future>
#include <optional>
#include <utility>

#include "domain/consortium.hpp"
#include "persistence/bid_context_repository.hpp"
#include "persistence/consortia_repository.hpp"
#include "persistence/database.hpp"
#include "persistence/sections_repository.hpp"
#include "persistence/tenders_repository.hpp"
#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"

using namespace collabtender;
using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

// `hold` takes a lock and changes what it guards, in a transaction that commits only
// once `read`, in a second transaction taking the same lock, waits for it. Returns
// what `read` returned.
template <class Hold, class Read>
auto read_while(const TestDatabase& db, Hold hold, Read read) {
    using Seen = decltype(read(std::declval<persistence::Tx&>()));
    std::future<Seen> reading;
    persistence::Connection holder{persistence::DatabaseConfig{db.url()}};
    holder.transact([&](persistence::Tx& tx) {
        hold(tx);
        reading = std::async(std::launch::async, [&] {
            persistence::Connection reader{persistence::DatabaseConfig{db.url()}};
            Seen seen;
            reader.transact([&](persistence::Tx& other) { seen = read(other); });
            return seen;
        });
        db.wait_for_a_lock_wait();
    });
    return reading.get();
}

// A provider's bid in stage 1, complete and signed off by its organisation.
struct SignedBid {
    Commissioning c;
    std::string tender, lot, path;
    domain::BidId id;

    SignedBid() {
        tender = c.published_pin();
        c.open_stage1(tender, 1800s, 3600s);
        lot = c.first_lot(tender);
        path = c.lone_bid(tender, lot, c.provider, "Pilton alone");
        REQUIRE(c.call("PATCH", path, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
        c.sign_off(path, {c.provider});
        id = domain::BidId{id_of(path)};
    }
};

}  // namespace

TEST_CASE("a bid read under its lock sees the sign-off the transaction it waited for made") {
    SignedBid b;
    const std::string later(64, 'a');  // the digest of a later draft
    for (const auto lock : {persistence::BidLock::bid, persistence::BidLock::bid_and_membership}) {
        b.c.sign_off(b.path, {b.c.provider});
        const auto seen = read_while(
            b.c.db,
            [&](persistence::Tx& tx) {
                auto sign_off = persistence::bid_facts(tx, b.id, lock)->sign_offs.at(0);
                REQUIRE(sign_off.draft_sha256 != later);
                sign_off.draft_sha256 = later;
                persistence::save_sign_off(tx, b.id, sign_off);
            },
            [&](persistence::Tx& tx) { return persistence::bid_facts(tx, b.id, lock); });
        REQUIRE(seen);
        REQUIRE(seen->sign_offs.size() == 1);
        CHECK(seen->sign_offs[0].draft_sha256 == later);
    }
}

TEST_CASE("a bid read under its membership lock sees the partner invited by the transaction it waited for") {
    SignedBid b;
    const domain::OrganisationId partner{create_organisation(b.c.db.url(), "Cyrenians", "provider")};
    const auto seen = read_while(
        b.c.db,
        [&](persistence::Tx& tx) {
            const auto facts = persistence::bid_facts(tx, b.id, persistence::BidLock::bid_and_membership);
            REQUIRE(facts->consortium.members.size() == 1);
            REQUIRE(persistence::invite_member(tx, facts->consortium.id, partner, domain::MemberRole::partner, 4000,
                                               std::chrono::system_clock::now()));
        },
        [&](persistence::Tx& tx) { return persistence::bid_facts(tx, b.id, persistence::BidLock::bid_and_membership); });
    REQUIRE(seen);
    CHECK(seen->consortium.members.size() == 2);
}

TEST_CASE("a consortium read under its lock sees the partner invited by the transaction it waited for") {
    SignedBid b;
    const domain::OrganisationId partner{create_organisation(b.c.db.url(), "Cyrenians", "provider")};
    std::optional<domain::ConsortiumId> consortium;
    const auto seen = read_while(
        b.c.db,
        [&](persistence::Tx& tx) {
            consortium = persistence::bid_facts(tx, b.id, persistence::BidLock::none)->consortium.id;
            REQUIRE(persistence::find_consortium(tx, *consortium, true)->members.size() == 1);
            REQUIRE(persistence::invite_member(tx, *consortium, partner, domain::MemberRole::partner, 4000,
                                               std::chrono::system_clock::now()));
        },
        [&](persistence::Tx& tx) { return persistence::find_consortium(tx, *consortium, true); });
    REQUIRE(seen);
    CHECK(seen->members.size() == 2);
}

TEST_CASE("a lot read under its tender's lock sees the cancellation by the transaction it waited for") {
    SignedBid b;
    const domain::LotId lot{b.lot};
    const auto officer = b.c.call("GET", "/api/v1/me", b.c.edinburgh_officer).json();
    const domain::UserId cancelled_by{std::string{officer.at("id").as_string()}};
    const auto seen = read_while(
        b.c.db,
        [&](persistence::Tx& tx) {
            REQUIRE_FALSE(persistence::lot_with_tender(tx, lot, true)->lot.cancellation);
            persistence::cancel_lot(tx, lot, "Run by the council itself", cancelled_by,
                                    std::chrono::system_clock::now());
        },
        [&](persistence::Tx& tx) { return persistence::lot_with_tender(tx, lot, true); });
    REQUIRE(seen);
    CHECK(seen->lot.cancellation);
}
