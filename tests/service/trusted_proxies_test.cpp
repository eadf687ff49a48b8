#include <doctest/doctest.h>

#include <stdexcept>

#include "service/trusted_proxies.hpp"

using collabtender::service::TrustedProxies;
using boost::asio::ip::make_address;

TEST_CASE("without trusted proxies the peer is the client, whatever X-Forwarded-For says") {
    const TrustedProxies none;
    CHECK(none.client_for(make_address("127.0.0.1"), "203.0.113.7") == "127.0.0.1");
}

TEST_CASE("a trusted proxy's X-Forwarded-For names the client") {
    const TrustedProxies proxies{"127.0.0.1"};
    CHECK(proxies.client_for(make_address("127.0.0.1"), "203.0.113.7") == "203.0.113.7");
    CHECK(proxies.client_for(make_address("127.0.0.1"), " 2001:db8::7 ") == "2001:db8::7");
    CHECK(proxies.client_for(make_address("127.0.0.1"), "[2001:db8::7]") == "2001:db8::7");
    SUBCASE("without the header the proxy itself is all that is known") {
        CHECK(proxies.client_for(make_address("127.0.0.1"), "") == "127.0.0.1");
    }
    SUBCASE("an untrusted peer's header is ignored") {
        CHECK(proxies.client_for(make_address("198.51.100.2"), "203.0.113.7") == "198.51.100.2");
    }
}

TEST_CASE("what the client wrote itself, left of the proxies' entries, is not believed") {
    const TrustedProxies proxies{"10.0.0.0/8, 127.0.0.1"};
    // The client sent "1.2.3.4"; HAProxy (10.0.0.5) appended the real address, and an
    // inner proxy (127.0.0.1) appended 10.0.0.5.
    CHECK(proxies.client_for(make_address("127.0.0.1"), "1.2.3.4, 203.0.113.7, 10.0.0.5") == "203.0.113.7");
    SUBCASE("an unreadable hop stops the walk at the last address that could be read") {
        CHECK(proxies.client_for(make_address("127.0.0.1"), "203.0.113.7, unknown, 10.0.0.5") == "10.0.0.5");
        CHECK(proxies.client_for(make_address("127.0.0.1"), "203.0.113.7:4711") == "127.0.0.1");
    }
    SUBCASE("a chain made only of proxies ends at the left-most") {
        CHECK(proxies.client_for(make_address("127.0.0.1"), "10.1.2.3, 10.0.0.5") == "10.1.2.3");
    }
}

TEST_CASE("networks match by prefix, IPv4 and IPv6 alike") {
    const TrustedProxies proxies{"192.168.0.0/23,2001:db8:1::/48"};
    CHECK(proxies.trusts(make_address("192.168.1.200")));
    CHECK_FALSE(proxies.trusts(make_address("192.168.2.1")));
    CHECK(proxies.trusts(make_address("::ffff:192.168.0.9")));
    CHECK(proxies.trusts(make_address("2001:db8:1:ffff::1")));
    CHECK_FALSE(proxies.trusts(make_address("2001:db8:2::1")));
    CHECK(TrustedProxies{"0.0.0.0/0"}.trusts(make_address("8.8.8.8")));
    CHECK_FALSE(TrustedProxies{"0.0.0.0/0"}.trusts(make_address("2001:db8::1")));
}

TEST_CASE("an IPv4 client behind an IPv6 listener is logged in its plain form") {
    const TrustedProxies none;
    CHECK(none.client_for(make_address("::ffff:203.0.113.7"), "") == "203.0.113.7");
}

TEST_CASE("a bad entry in the list is refused by name") {
    CHECK_THROWS_WITH_AS(TrustedProxies{"127.0.0.1, proxy.local"}, doctest::Contains("proxy.local"), std::invalid_argument);
    CHECK_THROWS_AS(TrustedProxies{"10.0.0.0/33"}, std::invalid_argument);
    CHECK_THROWS_AS(TrustedProxies{"10.0.0.0/"}, std::invalid_argument);
    CHECK_THROWS_AS(TrustedProxies{"10.0.0.0/8x"}, std::invalid_argument);
    CHECK(TrustedProxies{" , "}.empty());
}
