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

class Tx;
struct TenderRecord;
struct LotRecord;
struct BidRecord;
struct ConsortiumRecord;
struct MemberRecord;

// Records from a row's columns from position `at` on, in the order of the column
// lists in persistence/statements.cpp, each defined in its repository: a tender
// (`tender_columns`, always first), a lot (`lot_columns`), a bid (`bid_columns`)
// and a consortium without its members (`consortium_columns`).
TenderRecord tender_from(const pqxx::row& r);
inline constexpr int tender_column_count = 32;  // where the columns after a tender's begin
LotRecord lot_from(const pqxx::row& r, int at = 0);
BidRecord bid_from(const pqxx::row& r, int at = 0);
ConsortiumRecord consortium_from(const pqxx::row& r, int at = 0);
// A consortium's members from a JSON list column (members_json in statements.cpp).
std::vector<MemberRecord> members_from(const pqxx::field& members);

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

// Up to `size` bytes from `offset` of a stored bytea, by a prepared statement
// taking (key, 1-based start, length). Throws std::runtime_error when the row is
// gone (a download cut short: its client sees fewer bytes than announced).
std::string stored_piece(Tx& tx, const char* statement, const std::string& key, std::uint64_t offset, std::size_t size);

}  // namespace collabtender::persistence
