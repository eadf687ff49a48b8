#include "service/sign_in_throttle.hpp"

#include <boost/asio/ip/address.hpp>

namespace collabtender::service {

std::string SignInThrottle::client_key(const std::string& address) {
    boost::system::error_code error;
    const auto parsed = boost::asio::ip::make_address(address, error);
    if (error || !parsed.is_v6()) return address;
    auto bytes = parsed.to_v6().to_bytes();
    if (parsed.to_v6().is_v4_mapped()) return parsed.to_v6().to_v4().to_string();
    for (std::size_t i = 8; i < bytes.size(); ++i) bytes[i] = 0;
    return boost::asio::ip::address_v6{bytes}.to_string() + "/64";
}

domain::AttemptDecision SignInThrottle::take(const std::string& key, domain::SteadyTime now) {
    const std::lock_guard lock{mutex_};
    if (budgets_.size() > sweep_above) {
        std::erase_if(budgets_, [&](const auto& entry) { return domain::is_full(entry.second, now); });
        // Still this many clients failing at once is a botnet: the memory bound
        // wins over remembering them (each is refused again after `burst` more).
        if (budgets_.size() > 4 * sweep_above) budgets_.clear();
    }
    return domain::take_attempt(budgets_[key], now, policy_);
}

void SignInThrottle::give_back(const std::string& key, domain::SteadyTime now) {
    const std::lock_guard lock{mutex_};
    const auto found = budgets_.find(key);
    if (found == budgets_.end()) return;
    domain::return_attempt(found->second, now, policy_);
    if (domain::is_full(found->second, now)) budgets_.erase(found);
}

}  // namespace collabtender::service
