#pragma once

// For repositories only: typed ids as statement parameters and column values
// (libpqxx 6.4's string_traits), so that tx.exec_prepared(statement, bid.id) and
// row["bid_id"].as<domain::BidId>() need no conversion written out.
#include <optional>
#include <string>

#include <pqxx/strconv>

#include "domain/ids.hpp"

namespace pqxx {

template <class Tag>
struct string_traits<collabtender::domain::Id<Tag>> {
    using Id = collabtender::domain::Id<Tag>;
    static constexpr const char* name() noexcept { return "collabtender id"; }
    static constexpr bool has_null() noexcept { return false; }
    static bool is_null(const Id&) { return false; }
    [[noreturn]] static Id null() { internal::throw_null_conversion(name()); }
    static void from_string(const char text[], Id& id) { id = Id{text}; }
    static std::string to_string(const Id& id) { return id.str(); }
};

}  // namespace pqxx

namespace collabtender::persistence {

// A nullable id column's text, typed.
template <class Id>
std::optional<Id> optional_id(const std::optional<std::string>& text) {
    return text ? std::optional<Id>{Id{*text}} : std::nullopt;
}

}  // namespace collabtender::persistence
