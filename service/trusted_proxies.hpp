#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <boost/asio/ip/address.hpp>

namespace collabtender::service {

// Who a request came from. Behind HAProxy the connection's peer is the proxy and the
// client's address arrives in X-Forwarded-For; only a proxy named here may say so,
// or any client could write someone else's address into the logs.
class TrustedProxies {
public:
    TrustedProxies() = default;
    // A comma-separated list of addresses and networks: "10.0.0.5, 127.0.0.1, 192.168.0.0/24".
    // Throws std::invalid_argument naming the entry that is neither.
    explicit TrustedProxies(std::string_view list);

    bool empty() const { return networks_.empty(); }
    bool trusts(const boost::asio::ip::address& address) const;

    // The peer itself, unless it is trusted: then the right-most X-Forwarded-For
    // entry that is not a trusted proxy (hops a trusted proxy added are believed,
    // anything further left was written by the client and is not).
    std::string client_for(const boost::asio::ip::address& peer, std::string_view forwarded_for) const;

private:
    struct Network {
        boost::asio::ip::address_v6::bytes_type bytes;  // IPv4 as IPv4-mapped IPv6
        unsigned prefix;                                // bits that must match
    };
    std::vector<Network> networks_;
};

}  // namespace collabtender::service
