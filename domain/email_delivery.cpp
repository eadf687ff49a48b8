#include "domain/email_delivery.hpp"

#include <algorithm>

#include "domain/refusal.hpp"

namespace collabtender::domain {

std::optional<std::chrono::milliseconds> next_email_attempt(const EmailRetry& retry, int attempts, bool permanent) {
    if (permanent || attempts >= retry.max_attempts) return std::nullopt;
    return std::min<std::chrono::milliseconds>(retry.first_pause * (1LL << std::clamp(attempts - 1, 0, 20)),
                                               std::chrono::hours{1});
}

void require_email_failed(std::optional<std::string_view> state) {
    if (state != "failed")
        throw Refusal{RefusalCode::not_failed, "This email has not failed, or there is no such email."};
}

}  // namespace collabtender::domain
