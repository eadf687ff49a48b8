#include "service/trusted_proxies.hpp"

#include <optional>
#include <stdexcept>

namespace collabtender::service {
namespace {

namespace ip = boost::asio::ip;

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

// One address in one form, so that 127.0.0.1 and ::ffff:127.0.0.1 compare equal.
ip::address_v6 as_v6(const ip::address& address) {
    return address.is_v4() ? ip::make_address_v6(ip::v4_mapped, address.to_v4()) : address.to_v6();
}

// "203.0.113.7", "2001:db8::1" or "[2001:db8::1]"; anything else (a port, "unknown",
// garbage) is not an address.
std::optional<ip::address> parse_address(std::string_view text) {
    text = trimmed(text);
    if (text.size() > 2 && text.front() == '[' && text.back() == ']') text = text.substr(1, text.size() - 2);
    boost::system::error_code error;
    const auto address = ip::make_address(std::string{text}, error);
    if (error) return std::nullopt;
    return address;
}

}  // namespace

TrustedProxies::TrustedProxies(std::string_view list) {
    while (!list.empty()) {
        const auto comma = list.find(',');
        const auto entry = trimmed(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
        if (entry.empty()) continue;
        const auto slash = entry.find('/');
        const auto address = parse_address(entry.substr(0, slash));
        if (!address) throw std::invalid_argument{"--trusted-proxy: not an address or network: " + std::string{entry}};
        const unsigned width = address->is_v4() ? 32 : 128;
        unsigned prefix = width;
        if (slash != std::string_view::npos) {
            const auto bits = std::string{entry.substr(slash + 1)};
            std::size_t used = 0;
            int value = -1;
            try {
                value = std::stoi(bits, &used);
            } catch (const std::exception&) {
            }
            if (bits.empty() || used != bits.size() || value < 0 || static_cast<unsigned>(value) > width)
                throw std::invalid_argument{"--trusted-proxy: bad prefix length in " + std::string{entry}};
            prefix = static_cast<unsigned>(value);
        }
        networks_.push_back({as_v6(*address).to_bytes(), prefix + (128 - width)});
    }
}

bool TrustedProxies::trusts(const ip::address& address) const {
    const auto bytes = as_v6(address).to_bytes();
    for (const auto& network : networks_) {
        bool match = true;
        for (unsigned bit = 0; bit < network.prefix && match; bit += 8) {
            const unsigned bits = std::min(8u, network.prefix - bit);
            const auto mask = static_cast<unsigned char>(0xff << (8 - bits));
            match = (bytes[bit / 8] & mask) == (network.bytes[bit / 8] & mask);
        }
        if (match) return true;
    }
    return false;
}

std::string TrustedProxies::client_for(const ip::address& peer, std::string_view forwarded_for) const {
    auto client = peer;
    while (trusts(client) && !forwarded_for.empty()) {
        const auto comma = forwarded_for.rfind(',');
        const auto entry = comma == std::string_view::npos ? forwarded_for : forwarded_for.substr(comma + 1);
        forwarded_for = comma == std::string_view::npos ? std::string_view{} : forwarded_for.substr(0, comma);
        const auto address = parse_address(entry);
        if (!address) break;  // a hop we cannot read: the last one we could is the client
        client = *address;
    }
    // An IPv4 client reaching an IPv6 listener shows as ::ffff:a.b.c.d; log it plainly.
    if (client.is_v6() && client.to_v6().is_v4_mapped()) return ip::make_address_v4(ip::v4_mapped, client.to_v6()).to_string();
    return client.to_string();
}

}  // namespace collabtender::service
