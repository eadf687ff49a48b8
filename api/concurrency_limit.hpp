#pragma once

#include <atomic>
#include <memory>
#include <utility>

namespace collabtender::api {

// Caps how many of an expensive thing run at once, refusing the rest at once
// rather than queueing them: used for password checks, so that a flood of
// sign-in attempts (each an Argon2 hash) cannot occupy every database worker.
class ConcurrencyLimit {
public:
    explicit ConcurrencyLimit(int max) : max_{max} {}

    class Slot {
    public:
        explicit Slot(std::atomic<int>& in_use) : in_use_{&in_use} {}
        Slot(Slot&& other) noexcept : in_use_{std::exchange(other.in_use_, nullptr)} {}
        Slot(const Slot&) = delete;
        Slot& operator=(const Slot&) = delete;
        Slot& operator=(Slot&&) = delete;
        ~Slot() {
            if (in_use_ != nullptr) --*in_use_;
        }

    private:
        std::atomic<int>* in_use_;
    };

    // A slot while under the limit; empty when full.
    std::unique_ptr<Slot> try_enter() {
        if (++in_use_ > max_) {
            --in_use_;
            return nullptr;
        }
        return std::make_unique<Slot>(in_use_);
    }

private:
    const int max_;
    std::atomic<int> in_use_{0};
};

}  // namespace collabtender::api
