#pragma once

// Records read by column or field name: from a row (RowFields) or from a JSON object
// (Fields: one object of a JSON list column, json_agg of json_build_object, or a
// record as to_json), with the same reading functions, so that one decoder serves
// both. Within persistence/ only.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json.hpp>
#include <pqxx/pqxx>

#include "domain/time_point.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::persistence {

// A JSON object, read by field name.
class Fields {
public:
    explicit Fields(const boost::json::value& item) : object_{item.as_object()} {}
    std::string text(const char* name) const { return std::string{object_.at(name).as_string()}; }
    std::optional<std::string> optional_text(const char* name) const {
        const auto& v = object_.at(name);
        return v.is_null() ? std::nullopt : std::optional<std::string>{std::string{v.as_string()}};
    }
    int integer(const char* name) const { return static_cast<int>(object_.at(name).as_int64()); }
    std::optional<int> optional_integer(const char* name) const {
        const auto& v = object_.at(name);
        return v.is_null() ? std::nullopt : std::optional<int>{static_cast<int>(v.as_int64())};
    }
    domain::TimePoint time(const char* name) const {
        return domain::TimePoint{std::chrono::microseconds{object_.at(name).as_int64()}};
    }
    std::optional<domain::TimePoint> optional_time(const char* name) const {
        const auto& v = object_.at(name);
        return v.is_null() ? std::nullopt : std::optional<domain::TimePoint>{time(name)};
    }
    bool boolean(const char* name) const { return object_.at(name).as_bool(); }
    std::int64_t number(const char* name) const { return object_.at(name).as_int64(); }
    std::optional<std::int64_t> optional_number(const char* name) const {
        const auto& v = object_.at(name);
        return v.is_null() ? std::nullopt : std::optional<std::int64_t>{v.as_int64()};
    }

private:
    const boost::json::object& object_;
};

// A row, read by column name.
class RowFields {
public:
    explicit RowFields(const pqxx::row& row) : row_{row} {}
    std::string text(const char* name) const { return row_[name].as<std::string>(); }
    std::optional<std::string> optional_text(const char* name) const {
        return row_[name].is_null() ? std::nullopt : std::optional<std::string>{text(name)};
    }
    int integer(const char* name) const { return row_[name].as<int>(); }
    std::optional<int> optional_integer(const char* name) const {
        return row_[name].is_null() ? std::nullopt : std::optional<int>{integer(name)};
    }
    domain::TimePoint time(const char* name) const {
        return domain::TimePoint{std::chrono::microseconds{number(name)}};
    }
    std::optional<domain::TimePoint> optional_time(const char* name) const {
        return row_[name].is_null() ? std::nullopt : std::optional<domain::TimePoint>{time(name)};
    }
    bool boolean(const char* name) const { return row_[name].as<bool>(); }
    std::int64_t number(const char* name) const { return row_[name].as<std::int64_t>(); }
    std::optional<std::int64_t> optional_number(const char* name) const {
        return row_[name].is_null() ? std::nullopt : std::optional<std::int64_t>{number(name)};
    }

private:
    const pqxx::row& row_;
};

// A record sent as a JSON column (to_json of a row), read by field name.
inline boost::json::value record_json(const pqxx::field& column) { return parse_stored_json(column.as<std::string>()); }

// The records of a JSON list column, each read from its Fields.
template <typename Record, typename Read>
std::vector<Record> list(const pqxx::field& column, Read read) {
    std::vector<Record> out;
    const auto items = parse_stored_json(column.as<std::string>());
    for (const auto& item : items.as_array()) out.push_back(read(Fields{item}));
    return out;
}

}  // namespace collabtender::persistence
