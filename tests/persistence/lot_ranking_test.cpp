// A lot's stored ranking (sql/031_lot_ranking.sql): every change to what a
// ranking is computed from makes the stored one stale, whoever writes it, and a
// ranking computed before a change is never stored as current.
#include <doctest/doctest.h>

#include <utility>
#include <vector>

#include "persistence/awards_repository.hpp"
#include "tests/support/tender_rows.hpp"

using namespace collabtender;

namespace {

// A tender with two lots and, in the first, a partnership's bid and a panel.
struct Fixture {
    test::TestDatabase db{test::TestDatabase::Schema::migrated};
    persistence::Connection connection{persistence::DatabaseConfig{db.url()}};
    test::TenderRows rows{db};
    std::string user = rows.user(), tender = rows.tender("EDI-1"), lot = rows.lot(tender, 1),
                other_lot = rows.lot(tender, 2), bid = rows.bid(tender, lot), panel = rows.panel(tender, lot);

    static std::string q(const std::string& value) { return test::quoted(value); }

    std::int64_t generation(const std::string& of) const {
        return std::stoll(db.scalar("SELECT coalesce((SELECT generation FROM lot_ranking WHERE lot_id = " + q(of) + "), 0)"));
    }
};

}  // namespace

TEST_CASE("every change to a ranking's inputs makes the lot's stored ranking stale") {
    Fixture f;
    const auto bid = Fixture::q(f.bid), user = Fixture::q(f.user);
    // Each input, written as any release or instance would write it. The tender's
    // and the panel's changes concern all its lots; the rest the bid's lot alone.
    const std::vector<std::pair<std::string, bool>> changes{
        {"INSERT INTO bid_submission (bid_id, stage, version, content, sha256, submitted_by, submitted_at, "
         "idempotency_key) VALUES (" + bid + ", 2, 1, '{}', repeat('a', 64), " + user + ", now(), 'k')", false},
        {"UPDATE bid_submission SET withdrawn_at = now()", false},
        {"INSERT INTO panel_member (panel_id, user_id, kind, chair) VALUES (" + Fixture::q(f.panel) + ", " + user +
         ", 'lived_experience', true)", true},
        {"INSERT INTO conflict_declaration (bid_id, stage, user_id, conflicted, declared_at) VALUES (" + bid + ", 2, " +
         user + ", false, now())", false},
        {"INSERT INTO score (bid_id, stage, user_id, criterion, score, updated_at) VALUES (" + bid + ", 2, " + user +
         ", 0, 3, now())", false},
        {"UPDATE score SET score = 4", false},
        {"INSERT INTO scoresheet_submission (bid_id, stage, user_id, submitted_at) VALUES (" + bid + ", 2, " + user +
         ", now())", false},
        {"INSERT INTO consensus_score (bid_id, stage, criterion, score, rationale, moderated_by, moderated_at) VALUES (" +
         bid + ", 2, 0, 2, 'agreed', " + user + ", now())", false},
        {"INSERT INTO gate_result (bid_id, stage, gate, outcome, reason, decided_at) VALUES (" + bid +
         ", 2, 0, 'pass', '', now())", false},
        {"INSERT INTO tie_break (lot_id, bid_id, position, reason, decided_by, decided_at) VALUES (" + Fixture::q(f.lot) +
         ", " + bid + ", 1, 'r', " + user + ", now())", false},
        {"UPDATE consortium SET name = 'Pilton Partnership'", false},
        {"UPDATE lot SET max_awards = 2 WHERE id = " + Fixture::q(f.lot), false},
        {"INSERT INTO criterion (tender_id, position, title, bidder_guidance, panel_guidance, weight, word_limit) "
         "VALUES (" + Fixture::q(f.tender) + ", 0, 'Outcomes', 'g', 'g', 100, 500)", true},
        {"UPDATE tender SET quality_threshold = 50", true},
        {"UPDATE panel SET name = 'Lot 1 panel'", true},
        {"DELETE FROM score", false},
    };
    for (const auto& [sql, tender_wide] : changes) {
        CAPTURE(sql);
        const auto before = f.generation(f.lot), other_before = f.generation(f.other_lot);
        f.db.exec(sql);
        CHECK(f.generation(f.lot) == before + 1);
        CHECK(f.generation(f.other_lot) == other_before + (tender_wide ? 1 : 0));
    }

    // What a ranking does not read leaves it alone: a draft's words, the tender's title.
    const auto before = f.generation(f.lot);
    f.db.exec("UPDATE bid SET draft = '{\"responses\": {\"0\": \"words\"}}', updated_at = now()");
    f.db.exec("UPDATE tender SET title = 'Support at home'");
    CHECK(f.generation(f.lot) == before);
}

TEST_CASE("a ranking computed before a change is not kept as current") {
    Fixture f;
    persistence::StoredRanking read;
    f.connection.transact(
        [&](persistence::Tx& tx) { read = persistence::stored_ranking(tx, domain::LotId{f.lot}, 1); });
    const auto first = read.generation;  // the fixture's bid and panel were changes already
    CHECK_FALSE(read.body);

    // A score lands between the reader's reads and its store.
    f.db.exec("INSERT INTO score (bid_id, stage, user_id, criterion, score, updated_at) VALUES (" + Fixture::q(f.bid) +
              ", 2, " + Fixture::q(f.user) + ", 0, 3, now())");
    f.connection.transact([&](persistence::Tx& tx) {
        persistence::store_ranking(tx, domain::LotId{f.lot}, read.generation, 1, "{\"old\": 1}");
    });
    f.connection.transact(
        [&](persistence::Tx& tx) { read = persistence::stored_ranking(tx, domain::LotId{f.lot}, 1); });
    CHECK(read.generation == first + 1);
    CHECK_FALSE(read.body);

    // Computed after it, the ranking is kept and served until the next change.
    f.connection.transact([&](persistence::Tx& tx) {
        persistence::store_ranking(tx, domain::LotId{f.lot}, read.generation, 1, "{\"new\": 1}");
    });
    f.connection.transact(
        [&](persistence::Tx& tx) { read = persistence::stored_ranking(tx, domain::LotId{f.lot}, 1); });
    CHECK(read.body == "{\"new\": 1}");
    // Not to a reader of another shape of answer (another release's).
    f.connection.transact(
        [&](persistence::Tx& tx) { CHECK_FALSE(persistence::stored_ranking(tx, domain::LotId{f.lot}, 2).body); });
    f.db.exec("UPDATE score SET score = 1");
    f.connection.transact(
        [&](persistence::Tx& tx) { read = persistence::stored_ranking(tx, domain::LotId{f.lot}, 1); });
    CHECK(read.generation == first + 2);
    CHECK_FALSE(read.body);

    // A lot that goes leaves no ranking behind.
    f.db.exec("DELETE FROM tender");
    CHECK(f.db.scalar("SELECT count(*) FROM lot_ranking") == "0");
}
