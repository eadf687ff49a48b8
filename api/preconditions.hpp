#pragma once

#include <string>

#include "api/http.hpp"

namespace collabtender::api {

// Optimistic concurrency: every editable resource has a version, sent as a strong
// ETag ("3"). An edit must say which version it edits in If-Match: missing is 428,
// and a version that is no longer current is 412.
std::string etag(int version);
int required_if_match(const Request& request);

// 412, for a version that was current when read but has changed since.
[[noreturn]] void throw_stale(int current_version);

}  // namespace collabtender::api
