// `collabtender` subcommands as an operator uses them.
#include <doctest/doctest.h>

#include "persistence/accounts_repository.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender;
using namespace collabtender::test;

namespace {
std::string trimmed(std::string text) {
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text;
}
}  // namespace

TEST_CASE("every command has help") {
    for (const auto& args : std::vector<std::vector<std::string>>{{"--help"},
                                                                    {"serve", "--help"},
                                                                    {"migrate", "--help"},
                                                                    {"admin", "--help"},
                                                                    {"admin", "create-organisation", "--help"},
                                                                    {"admin", "create-user", "--help"}}) {
        const auto result = run_collabtender(args);
        CHECK(result.exit_code == 0);
        CHECK(result.output.find("collabtender") != std::string::npos);
    }
    CHECK(run_collabtender({"frobnicate"}).exit_code == 2);
}

TEST_CASE("create-organisation prints the new id, and bad input exits 2 naming the field") {
    TestDatabase db;
    db.migrate();
    const auto made = run_collabtender(
        {"admin", "create-organisation", "--name", "Edinburgh HSCP", "--kind", "commissioning_body", "--database-url", db.url()});
    REQUIRE(made.exit_code == 0);
    CHECK(persistence::is_uuid(trimmed(made.output)));

    const auto bad = run_collabtender(
        {"admin", "create-organisation", "--name", "X", "--kind", "council", "--database-url", db.url()});
    CHECK(bad.exit_code == 2);
    CHECK(bad.output.find("kind") != std::string::npos);
    CHECK(db.scalar("SELECT count(*) FROM organisation") == "1");
}

TEST_CASE("create-user reads the password from standard input and stores only its hash") {
    TestDatabase db;
    db.migrate();
    const auto organisation = trimmed(run_collabtender({"admin", "create-organisation", "--name", "Edinburgh HSCP",
                                                        "--kind", "commissioning_body", "--database-url", db.url()})
                                          .output);
    const auto made = run_collabtender({"admin", "create-user", "--email", "Panel@Example.scot", "--role", "panellist",
                                        "--organisation", organisation, "--database-url", db.url()},
                                       "a long enough password\n");
    REQUIRE_MESSAGE(made.exit_code == 0, made.output);
    CHECK(persistence::is_uuid(trimmed(made.output)));
    CHECK(db.scalar("SELECT email FROM app_user") == "panel@example.scot");
    CHECK(db.scalar("SELECT password_hash LIKE '$argon2id$%' FROM app_user") == "t");

    const auto duplicate = run_collabtender({"admin", "create-user", "--email", "panel@example.SCOT", "--role",
                                             "panellist", "--organisation", organisation, "--database-url", db.url()},
                                            "another long password\n");
    CHECK(duplicate.exit_code != 0);
    const auto short_password = run_collabtender({"admin", "create-user", "--email", "b@example.scot", "--role",
                                                  "panellist", "--organisation", organisation, "--database-url", db.url()},
                                                 "short\n");
    CHECK(short_password.exit_code == 2);
    CHECK(short_password.output.find("password") != std::string::npos);
    const auto wrong_kind = run_collabtender({"admin", "create-user", "--email", "c@example.scot", "--role", "provider",
                                              "--organisation", organisation, "--database-url", db.url()},
                                             "a long enough password\n");
    CHECK(wrong_kind.exit_code == 2);
    CHECK(db.scalar("SELECT count(*) FROM app_user") == "1");
}

TEST_CASE("ensure-admin creates the first admin once") {
    TestDatabase db;
    db.migrate();
    const auto first = run_collabtender({"admin", "ensure-admin", "--email", "ops@example.scot", "--database-url", db.url()});
    REQUIRE_MESSAGE(first.exit_code == 0, first.output);
    CHECK(first.output.find("password:") != std::string::npos);
    const auto second = run_collabtender({"admin", "ensure-admin", "--email", "ops@example.scot", "--database-url", db.url()});
    CHECK(second.exit_code == 0);
    CHECK(second.output.find("password:") == std::string::npos);
    CHECK(db.scalar("SELECT count(*) FROM app_user WHERE role = 'admin'") == "1");
}

TEST_CASE("an installation requires two-factor sign-in for admins and commissioners until told otherwise") {
    TestDatabase db;
    db.migrate();  // as installed, not the tests' template
    CHECK(db.scalar("SELECT value::text FROM installation_setting WHERE name = 'two_factor_required'") == "true");
    CHECK(run_collabtender({"admin", "set-two-factor-required", "--value", "maybe", "--database-url", db.url()})
              .exit_code == 2);
    const auto off =
        run_collabtender({"admin", "set-two-factor-required", "--value", "false", "--database-url", db.url()});
    REQUIRE_MESSAGE(off.exit_code == 0, off.output);
    CHECK(db.scalar("SELECT value::text FROM installation_setting WHERE name = 'two_factor_required'") == "false");
    CHECK(db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%\"settings.change\"%'") == "1");
}

TEST_CASE("the database URL may come from the environment") {
    TestDatabase db;
    const auto result = run_collabtender({"migrate"}, "", {"DATABASE_URL=" + db.url()});
    CHECK_MESSAGE(result.exit_code == 0, result.output);
    CHECK(run_collabtender({"migrate"}, "", {"DATABASE_URL="}).exit_code == 2);
}
