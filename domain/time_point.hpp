#pragma once

#include <chrono>

namespace collabtender::domain {

// Every instant the service reasons about: UTC, to the microsecond in storage.
using TimePoint = std::chrono::system_clock::time_point;

}  // namespace collabtender::domain
