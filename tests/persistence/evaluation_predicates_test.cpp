// The rules statements ask in SQL (sql/039_evaluation_predicates.sql,
// sql/040_statement_helpers.sql) held to their domain/ twins on the same inputs.
#include <doctest/doctest.h>

#include <string>

#include "domain/panel.hpp"
#include "domain/tender.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender;

namespace {
constexpr domain::TenderStatus all_statuses[] = {
    domain::TenderStatus::draft,       domain::TenderStatus::pin_published,     domain::TenderStatus::stage1_open,
    domain::TenderStatus::stage1_evaluation, domain::TenderStatus::stage2_open, domain::TenderStatus::stage2_evaluation,
    domain::TenderStatus::standstill,  domain::TenderStatus::awarded,           domain::TenderStatus::cancelled};
}  // namespace

TEST_CASE("latest_closed_stage in SQL agrees with domain::latest_closed_stage for every status") {
    test::TestDatabase db{test::TestDatabase::Schema::migrated};
    for (auto status : all_statuses) {
        const std::string name{domain::to_string(status)};
        CAPTURE(name);
        CHECK(db.scalar("SELECT latest_closed_stage('" + name + "')") ==
              std::to_string(domain::latest_closed_stage(status)));
    }
}

TEST_CASE("tender_published in SQL agrees with domain::is_published for every status") {
    test::TestDatabase db{test::TestDatabase::Schema::migrated};
    for (auto status : all_statuses)
        for (bool was_published : {false, true}) {
            const std::string name{domain::to_string(status)};
            CAPTURE(name);
            CAPTURE(was_published);
            CHECK(db.scalar("SELECT tender_published('" + name + "', " + (was_published ? "true" : "false") + ")") ==
                  (domain::is_published(status, was_published) ? "t" : "f"));
        }
}
