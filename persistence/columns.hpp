#pragma once

// For repositories only: conversions between domain values and column values.
#include <chrono>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <pqxx/pqxx>

#include "domain/criteria.hpp"
#include "domain/gates.hpp"
#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "domain/tender.hpp"
#include "persistence/ids.hpp"

namespace collabtender::persistence {

class Tx;
class Fields;
class RowFields;
struct Statement;
struct TenderRecord;
struct LotRecord;
struct BidRecord;
struct ConsortiumRecord;
struct MemberRecord;
struct TenderStage;
struct PanelStage;
struct DocumentRecord;

// The records several repositories read, by column name from a row or by field
// name from a record sent as JSON (to_json), as their views name them
// (sql/040_statement_helpers.sql): tender_record, lot_record, bid_record and
// consortium_record (without its members).
TenderRecord tender_from(const pqxx::row& r);
TenderRecord tender_from(const Fields& f);
LotRecord lot_from(const pqxx::row& r);
LotRecord lot_from(const Fields& f);
BidRecord bid_from(const pqxx::row& r);
BidRecord bid_from(const Fields& f);
ConsortiumRecord consortium_from(const pqxx::row& r);
ConsortiumRecord consortium_from(const Fields& f);
// A consortium's members from a JSON list column (consortium_members_json, sql/040).
std::vector<MemberRecord> members_from(const pqxx::field& members);
// What a lot is evaluated with, from JSON list columns (lot_criteria_json and
// lot_gates_json, sql/040).
std::vector<domain::Criterion> criteria_from(const pqxx::field& criteria);
std::vector<domain::Gate> gates_from(const pqxx::field& gates);
// A criterion from its columns or fields (criteria_list, lot_criteria_json, sql/040).
domain::Criterion criterion_from(const Fields& f);
domain::Criterion criterion_from(const RowFields& f);
// One of a bid's documents, from a document_list row or an object of bid_lists'
// documents (sql/040).
DocumentRecord document_from(const Fields& f, const domain::BidId& bid_id);
DocumentRecord document_from(const RowFields& f, const domain::BidId& bid_id);
// A gate from its lot_id, kind and parameters (the stored jsonb as text).
domain::Gate gate_from(const Fields& f);
domain::Gate gate_from(const RowFields& f);

// Timestamps cross as microseconds since the epoch: to_timestamp($n / 1e6) in SQL,
// (extract(epoch FROM t) * 1e6)::bigint back.
std::int64_t micros(domain::TimePoint t);
std::optional<std::int64_t> micros(const std::optional<domain::TimePoint>& t);
domain::TimePoint time_from(const pqxx::field& field);
std::optional<domain::TimePoint> optional_time_from(const pqxx::field& field);

// Ids as one parameter, for string_to_array($n, ',')::uuid[] in SQL: those that
// are uuids (others match nothing), joined by commas; empty when none is.
std::string id_list(const std::vector<std::string>& ids);
std::string id_list(const std::set<std::string>& ids);
// Ids and their stages, each list joined by commas, for SQL's
// unnest(string_to_array($1, ',')::uuid[], string_to_array($2, ',')::int[]).
std::pair<std::string, std::string> stage_lists(const std::vector<TenderStage>& stages);
std::pair<std::string, std::string> stage_lists(const std::vector<PanelStage>& stages);
template <class Tag>
std::string id_list(const std::vector<domain::Id<Tag>>& ids) {
    return id_list(std::vector<std::string>(ids.begin(), ids.end()));
}
template <class Tag>
std::string id_list(const std::set<domain::Id<Tag>>& ids) {
    return id_list(std::vector<std::string>(ids.begin(), ids.end()));
}

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
std::string stored_piece(Tx& tx, const Statement& statement, const std::string& key, std::uint64_t offset, std::size_t size);

}  // namespace collabtender::persistence
