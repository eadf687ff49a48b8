#include "service/sign_in_queue.hpp"

#include <utility>
#include <vector>

namespace collabtender::service {

SignInQueue::SignInQueue(int running, std::size_t capacity, std::chrono::milliseconds patience, Clock clock)
    : max_running_{running}, capacity_{capacity}, patience_{patience}, clock_{std::move(clock)} {}

void SignInQueue::enter(Entry entry) {
    bool admitted = false, refused = false;
    {
        const std::lock_guard lock{mutex_};
        if (running_ < max_running_) {
            ++running_;
            admitted = true;
        } else if (waiting_.size() >= capacity_) {
            refused = true;
        } else {
            waiting_.push_back({clock_() + patience_, std::move(entry)});
        }
    }
    if (admitted) entry(true);
    if (refused) entry(false);
}

void SignInQueue::leave() {
    std::vector<Entry> expired;
    Entry next;
    {
        const std::lock_guard lock{mutex_};
        const auto now = clock_();
        while (!waiting_.empty() && !next) {
            auto front = std::move(waiting_.front());
            waiting_.pop_front();
            if (front.until < now) expired.push_back(std::move(front.entry));
            else next = std::move(front.entry);
        }
        if (!next) --running_;  // the slot stays taken when it passes straight on
    }
    for (auto& entry : expired) entry(false);
    if (next) next(true);
}

}  // namespace collabtender::service
