#pragma once

#include <string>

#include "domain/violation.hpp"

namespace collabtender::test {

// Whether the list names `pointer` with `code`.
inline bool has(const domain::Violations& violations, const std::string& pointer, const std::string& code) {
    for (const auto& v : violations)
        if (v.pointer == pointer && v.code == code) return true;
    return false;
}

}  // namespace collabtender::test
