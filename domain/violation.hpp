#pragma once

#include <string>
#include <vector>

namespace collabtender::domain {

// One reason an input is unacceptable. `pointer` is a JSON Pointer (RFC 6901) to
// the offending field ("?name" for a query parameter), `code` a stable
// machine-readable name, `message` plain words.
struct Violation {
    std::string pointer;
    std::string code;
    std::string message;

    friend bool operator==(const Violation&, const Violation&) = default;
};

using Violations = std::vector<Violation>;

// `reported`, then each of `more` about a field not yet reported: a field found
// missing or mistyped is not reported again by the rules it then breaks, and a
// rule names each field once.
Violations merged(Violations reported, const Violations& more);

}  // namespace collabtender::domain
