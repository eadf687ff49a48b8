#pragma once

#include <mutex>
#include <string>
#include <unordered_map>

#include "domain/attempt_budget.hpp"

namespace collabtender::service {

// Sign-in attempts per client address, in this instance's memory: checked when a
// sign-in's header arrives, before its body is read or any password is hashed, so
// one client cannot use up the hashing capacity everyone shares. IPv6 clients
// are counted by their /64 (one household or host has a whole /64 to rotate
// through). Behind several instances each counts alone: the limit is per instance.
class SignInThrottle {
public:
    explicit SignInThrottle(domain::AttemptPolicy policy) : policy_{policy} {}

    // The key the client is counted under (its address, or its /64).
    static std::string client_key(const std::string& address);

    domain::AttemptDecision take(const std::string& key, domain::SteadyTime now);
    void give_back(const std::string& key, domain::SteadyTime now);

private:
    // Budgets that are full again are forgotten; past this many remembered
    // clients, the full ones are swept first so memory stays bounded.
    static constexpr std::size_t sweep_above = 100000;

    const domain::AttemptPolicy policy_;
    std::mutex mutex_;
    std::unordered_map<std::string, domain::AttemptBudget> budgets_;
};

}  // namespace collabtender::service
