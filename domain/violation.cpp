#include "domain/violation.hpp"

#include <algorithm>

namespace collabtender::domain {

Violations merged(Violations reported, const Violations& more) {
    for (const auto& violation : more)
        if (std::none_of(reported.begin(), reported.end(),
                         [&](const Violation& v) { return v.pointer == violation.pointer; }))
            reported.push_back(violation);
    return reported;
}

}  // namespace collabtender::domain
