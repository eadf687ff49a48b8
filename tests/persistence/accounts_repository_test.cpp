#include "persistence/accounts_repository.hpp"

#include <doctest/doctest.h>

#include "tests/support/test_database.hpp"

using namespace collabtender;
using namespace std::chrono_literals;

namespace {

struct Fixture {
    test::TestDatabase db;
    persistence::Connection connection{persistence::DatabaseConfig{db.url()}};
    domain::OrganisationId organisation;
    domain::UserId user;

    Fixture() {
        db.migrate();
        connection.transact([&](persistence::Tx& tx) {
            organisation = persistence::insert_organisation(
                tx, {"Lothian Care Partnership", "provider", std::string{"SC012345"}, std::nullopt, std::nullopt,
                     std::string{"1 Leith Walk\nEdinburgh EH6 8AA"}});
            user = persistence::insert_user(tx, organisation, {"ann@example.scot", "Ann", "provider", ""}, "hash");
        });
    }
};

const domain::TimePoint t0 = domain::TimePoint{} + std::chrono::hours{24 * 365 * 56};

}  // namespace

TEST_CASE("organisations and users read back as written") {
    Fixture f;
    f.connection.transact([&](persistence::Tx& tx) {
        const auto organisation = persistence::find_organisation(tx, f.organisation);
        REQUIRE(organisation);
        CHECK(organisation->name == "Lothian Care Partnership");
        CHECK(organisation->kind == domain::OrganisationKind::provider);
        CHECK(organisation->charity_number == "SC012345");
        CHECK_FALSE(organisation->company_number);
        const auto user = persistence::find_user_by_email(tx, "ann@example.scot");
        REQUIRE(user);
        CHECK(user->id == f.user);
        CHECK(user->role == domain::Role::provider);
        CHECK_FALSE(persistence::find_user(tx, domain::UserId{"not-a-uuid"}));
        CHECK_FALSE(persistence::find_organisation(tx, domain::OrganisationId{"00000000-0000-0000-0000-000000000000"}));
    });
}

TEST_CASE("emails are unique regardless of case") {
    Fixture f;
    CHECK_THROWS_AS(f.connection.transact([&](persistence::Tx& tx) {
        persistence::insert_user(tx, f.organisation, {"ANN@example.scot", "Ann", "provider", ""}, "hash");
    }),
                    persistence::Conflict);
}

TEST_CASE("a failed transaction leaves nothing behind") {
    Fixture f;
    CHECK_THROWS(f.connection.transact([&](persistence::Tx& tx) {
        persistence::insert_organisation(tx, {"Half-made", "provider", std::nullopt, std::nullopt, std::nullopt, std::nullopt});
        throw std::runtime_error{"handler failed"};
    }));
    CHECK(f.db.scalar("SELECT count(*) FROM organisation WHERE name = 'Half-made'") == "0");
}

TEST_CASE("a session admits its user until it expires or is revoked") {
    Fixture f;
    const std::string digest(32, 'a');
    f.connection.transact([&](persistence::Tx& tx) {
        persistence::insert_session(tx, digest, f.user, t0, t0 + 1h);
        const auto session = persistence::find_session(tx, digest, t0 + 59min);
        REQUIRE(session);
        CHECK(session->principal.user_id == f.user);
        CHECK(session->principal.organisation_id == f.organisation);
        CHECK_FALSE(session->csrf);
        CHECK_FALSE(persistence::find_session(tx, digest, t0 + 1h));
        CHECK_FALSE(persistence::find_session(tx, std::string(32, 'b'), t0));
        persistence::revoke_session(tx, digest, t0 + 1min);
        CHECK_FALSE(persistence::find_session(tx, digest, t0 + 2min));
    });
}

TEST_CASE("the login throttle is stored per email key and cleared on success") {
    Fixture f;
    const domain::ThrottleState locked{5, t0 + 15min};
    f.connection.transact([&](persistence::Tx& tx) {
        CHECK(persistence::lock_throttle(tx, "x@example.scot") == domain::ThrottleState{});
        persistence::save_throttle(tx, "x@example.scot", locked);
    });
    f.connection.transact([&](persistence::Tx& tx) {
        CHECK(persistence::lock_throttle(tx, "x@example.scot") == locked);
        persistence::clear_throttle(tx, "x@example.scot");
        CHECK(persistence::lock_throttle(tx, "x@example.scot") == domain::ThrottleState{});
    });
}
