#pragma once

// Tenders arranged row by row with plain SQL, for database tests of what the
// schema's functions and triggers make of them.
#include <optional>
#include <string>

#include "tests/support/test_database.hpp"

namespace collabtender::test {

// A value as an SQL literal.
std::string quoted(const std::string& value);

// A commissioning body and its commissioner, who creates every row added here.
class TenderRows {
public:
    explicit TenderRows(const TestDatabase& db);

    const std::string& organisation() const { return organisation_; }
    const std::string& user() const { return user_; }

    std::string tender(const std::string& reference) const;
    std::string lot(const std::string& tender, int number) const;
    // A bid of a partnership of its own (a partnership bids once per lot).
    std::string bid(const std::string& tender, const std::string& lot) const;
    // A panel for one lot, or (none) for every lot without its own.
    std::string panel(const std::string& tender, const std::optional<std::string>& lot) const;

private:
    const TestDatabase& db_;
    std::string organisation_;
    std::string user_;
};

}  // namespace collabtender::test
