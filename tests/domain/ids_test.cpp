#include "domain/ids.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <type_traits>

using namespace collabtender::domain;

// The point of typed ids: a swap, or text passed for an id, does not compile.
static_assert(!std::is_convertible_v<TenderId, LotId>);
static_assert(!std::is_constructible_v<LotId, TenderId>);
static_assert(!std::is_convertible_v<BidId, UserId>);
static_assert(!std::is_convertible_v<std::string, BidId>);
static_assert(!std::is_convertible_v<const char*, BidId>);
static_assert(std::is_constructible_v<BidId, std::string>);
// Reading an id as text stays easy.
static_assert(std::is_convertible_v<BidId, const std::string&>);

TEST_CASE("ids of one kind compare and order by their text") {
    const TenderId a{"11111111-1111-1111-1111-111111111111"};
    const TenderId b{"22222222-2222-2222-2222-222222222222"};
    CHECK(a == TenderId{"11111111-1111-1111-1111-111111111111"});
    CHECK(a != b);
    CHECK(a < b);
    CHECK(std::set<TenderId>{b, a, b}.size() == 2);
    CHECK(*std::set<TenderId>{b, a}.begin() == a);
}

TEST_CASE("an id reads as its text") {
    const BidId bid{"abc"};
    const std::string& text = bid;
    CHECK(text == "abc");
    CHECK(bid.str() == "abc");
    CHECK_FALSE(bid.empty());
    CHECK(BidId{}.empty());
}
