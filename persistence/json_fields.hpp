#pragma once

// Lists that a statement returns as a JSON column (json_agg of json_build_object),
// read by field name. Within persistence/ only.
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

// One object of a JSON list column, read by field name.
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
    std::int64_t number(const char* name) const { return object_.at(name).as_int64(); }
    std::optional<std::int64_t> optional_number(const char* name) const {
        const auto& v = object_.at(name);
        return v.is_null() ? std::nullopt : std::optional<std::int64_t>{v.as_int64()};
    }

private:
    const boost::json::object& object_;
};

// The records of a JSON list column, each read from its Fields.
template <typename Record, typename Read>
std::vector<Record> list(const pqxx::field& column, Read read) {
    std::vector<Record> out;
    const auto items = parse_stored_json(column.as<std::string>());
    for (const auto& item : items.as_array()) out.push_back(read(Fields{item}));
    return out;
}

}  // namespace collabtender::persistence
