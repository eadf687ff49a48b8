#pragma once

#include <functional>
#include <string>

#include "api/router.hpp"

namespace collabtender::service {

// The route table: every path, method, access rule and handler of the service, in
// one place. The OpenAPI check and the authorisation tests read the same table.
// `stopping` says when a stop has been asked for: /readyz then answers 503.
api::Router build_router(std::function<std::string()> render_metrics,
                         std::size_t document_limit = 20 * 1024 * 1024,
                         std::function<bool()> stopping = [] { return false; });

}  // namespace collabtender::service
