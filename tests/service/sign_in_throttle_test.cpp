#include "service/sign_in_throttle.hpp"

#include <doctest/doctest.h>

using collabtender::service::SignInThrottle;
using namespace std::chrono_literals;

TEST_CASE("clients are counted by IPv4 address, and by /64 for IPv6") {
    CHECK(SignInThrottle::client_key("203.0.113.7") == "203.0.113.7");
    CHECK(SignInThrottle::client_key("2001:db8:1:2::1") == "2001:db8:1:2::/64");
    CHECK(SignInThrottle::client_key("2001:db8:1:2:ffff:ffff:ffff:ffff") == "2001:db8:1:2::/64");
    CHECK(SignInThrottle::client_key("::ffff:203.0.113.7") == "203.0.113.7");
    CHECK(SignInThrottle::client_key("unknown") == "unknown");
}

TEST_CASE("each client has its own budget, and a given-back attempt is forgotten once whole") {
    SignInThrottle throttle{{2, 60s}};
    const collabtender::domain::SteadyTime t0{100s};
    CHECK(throttle.take("a", t0).allowed);
    CHECK(throttle.take("a", t0).allowed);
    CHECK_FALSE(throttle.take("a", t0).allowed);
    CHECK(throttle.take("b", t0).allowed);
    throttle.give_back("a", t0);
    CHECK(throttle.take("a", t0).allowed);
}
