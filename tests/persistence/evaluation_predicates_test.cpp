// The rules statements ask in SQL (sql/039_evaluation_predicates.sql) held to
// their domain/ twins on the same inputs.
#include <doctest/doctest.h>

#include <string>

#include "domain/panel.hpp"
#include "domain/tender.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender;

TEST_CASE("latest_closed_stage in SQL agrees with domain::latest_closed_stage for every status") {
    test::TestDatabase db{test::TestDatabase::Schema::migrated};
    for (auto status : {domain::TenderStatus::draft, domain::TenderStatus::pin_published,
                        domain::TenderStatus::stage1_open, domain::TenderStatus::stage1_evaluation,
                        domain::TenderStatus::stage2_open, domain::TenderStatus::stage2_evaluation,
                        domain::TenderStatus::standstill, domain::TenderStatus::awarded,
                        domain::TenderStatus::cancelled}) {
        const std::string name{domain::to_string(status)};
        CAPTURE(name);
        CHECK(db.scalar("SELECT latest_closed_stage('" + name + "')") ==
              std::to_string(domain::latest_closed_stage(status)));
    }
}
