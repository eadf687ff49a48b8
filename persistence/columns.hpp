#pragma once

// For repositories only: conversions between domain values and column values.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "domain/login_throttle.hpp"
#include "domain/tender.hpp"

namespace collabtender::persistence {

// Timestamps cross as microseconds since the epoch: to_timestamp($n / 1e6) in SQL,
// (extract(epoch FROM t) * 1e6)::bigint back.
std::int64_t micros(domain::TimePoint t);
std::optional<std::int64_t> micros(const std::optional<domain::TimePoint>& t);
domain::TimePoint time_from(const pqxx::field& field);
std::optional<domain::TimePoint> optional_time_from(const pqxx::field& field);

std::optional<std::string> optional_text(const pqxx::field& field);
std::optional<int> optional_int(const pqxx::field& field);

// JSON array columns.
std::string to_json(const std::vector<std::string>& texts);
std::vector<std::string> texts_from_json(const std::string& json);
std::string to_json(const std::vector<domain::ScalePoint>& scale);
std::vector<domain::ScalePoint> scale_from_json(const std::string& json);

}  // namespace collabtender::persistence
