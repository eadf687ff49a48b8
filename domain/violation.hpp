#pragma once

#include <string>
#include <vector>

namespace collabtender::domain {

// One reason an input is unacceptable. `pointer` is a JSON Pointer (RFC 6901) to
// the offending field, `code` a stable machine-readable name, `message` plain words.
struct Violation {
    std::string pointer;
    std::string code;
    std::string message;

    friend bool operator==(const Violation&, const Violation&) = default;
};

using Violations = std::vector<Violation>;

}  // namespace collabtender::domain
