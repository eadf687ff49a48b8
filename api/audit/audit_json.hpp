#pragma once

#include <vector>

#include <boost/json/array.hpp>

#include "app/audit/read_tender_audit.hpp"

namespace collabtender::api {

// Each item is the canonical event with its hashes, and who acted in words
// (`actor_name`, `actor_organisation`).
boost::json::array audited_json(const std::vector<app::AuditedEvent>& events);

}  // namespace collabtender::api
