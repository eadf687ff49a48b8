#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>

namespace collabtender::service {

// Sign-ins hash a password (Argon2id), the costliest thing the service does. At
// most `running` of them are on the database workers at once, so that the rest
// of the pool stays free for everyone else. The others wait here, in order and
// without holding a thread, for up to `patience`; a real person's sign-in in a
// busy moment is late rather than refused. Beyond `capacity` waiting, or once
// its patience is spent, a sign-in is refused (the caller answers 503).
class SignInQueue {
public:
    // Called once: true to go ahead now, false when refused.
    using Entry = std::function<void(bool admitted)>;

    using Clock = std::function<std::chrono::steady_clock::time_point()>;
    SignInQueue(int running, std::size_t capacity, std::chrono::milliseconds patience,
                Clock clock = [] { return std::chrono::steady_clock::now(); });

    void enter(Entry entry);
    // A sign-in that went ahead has finished: the next one waiting goes ahead.
    void leave();

private:
    struct Waiting {
        std::chrono::steady_clock::time_point until;
        Entry entry;
    };

    const int max_running_;
    const std::size_t capacity_;
    const std::chrono::milliseconds patience_;
    const Clock clock_;
    std::mutex mutex_;
    int running_ = 0;
    std::deque<Waiting> waiting_;
};

}  // namespace collabtender::service
