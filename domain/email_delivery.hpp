#pragma once

// Delivering notification emails: when a failed attempt is tried again, and when
// an admin may queue one again by hand.
#include <chrono>
#include <optional>
#include <string_view>

namespace collabtender::domain {

// A failed attempt is tried again after `first_pause`, doubled each time, at most
// an hour apart, until `max_attempts` have been made.
struct EmailRetry {
    std::chrono::milliseconds first_pause{30000};
    int max_attempts = 8;
};

// The pause before the next attempt, after `attempts` attempts that failed; none
// when the email has failed for good: a permanent refusal (retrying cannot help)
// or the last attempt spent.
std::optional<std::chrono::milliseconds> next_email_attempt(const EmailRetry& retry, int attempts, bool permanent);

// An admin queues an email again only once it has failed for good (`state`:
// pending, sent or failed; none for no such email): one still being tried or
// already sent is not sent twice (not_failed).
void require_email_failed(std::optional<std::string_view> state);

}  // namespace collabtender::domain
