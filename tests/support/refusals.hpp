#pragma once

#include <optional>

#include "domain/refusal.hpp"

namespace collabtender::test {

// The code a call refuses with; none when it passes.
template <typename Call>
std::optional<domain::RefusalCode> refusal(Call call) {
    try {
        call();
    } catch (const domain::Refusal& r) {
        return r.code();
    }
    return std::nullopt;
}

}  // namespace collabtender::test
