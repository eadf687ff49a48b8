// The rules statements ask in SQL (sql/039_evaluation_predicates.sql,
// sql/040_statement_helpers.sql, sql/041_reminder_predicates.sql) held to their
// domain/ twins on the same inputs.
#include <doctest/doctest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "domain/bid.hpp"
#include "domain/criteria.hpp"
#include "domain/gate_assessment.hpp"
#include "domain/gates.hpp"
#include "domain/panel.hpp"
#include "domain/tender.hpp"
#include "tests/support/tender_rows.hpp"

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

namespace {

using test::quoted;

std::string or_null(const std::optional<std::string>& value) { return value.value_or("NULL"); }
std::string or_null(const std::optional<domain::PanelId>& value) { return value ? value->str() : "NULL"; }

// What the domain twins read, read back from the rows the SQL functions look at.
bool lot_cancelled(const test::TestDatabase& db, const std::string& lot) {
    return db.scalar("SELECT cancelled_at IS NOT NULL FROM lot WHERE id = " + quoted(lot)) == "t";
}

std::vector<domain::ReconfirmationRequest> reconfirmations(const test::TestDatabase& db, const std::string& bid) {
    std::vector<domain::ReconfirmationRequest> out;
    for (const auto& r : db.rows("SELECT stage, resolved_at IS NOT NULL FROM bid_reconfirmation WHERE bid_id = " +
                                 quoted(bid)))
        out.push_back({std::stoi(r[0]), r[1] == "t"});
    return out;
}

std::vector<domain::SentVersion> sent_versions(const test::TestDatabase& db, const std::string& bid, int stage) {
    std::vector<domain::SentVersion> out;
    for (const auto& r : db.rows("SELECT id, version, withdrawn_at IS NOT NULL FROM bid_submission WHERE bid_id = " +
                                 quoted(bid) + " AND stage = " + std::to_string(stage)))
        out.push_back({domain::SubmissionId{r[0]}, std::stoi(r[1]), r[2] == "t"});
    return out;
}

std::vector<domain::PanelScope> panels(const test::TestDatabase& db, const std::string& tender) {
    std::vector<domain::PanelScope> out;
    for (const auto& r : db.rows("SELECT id, lot_id FROM panel WHERE tender_id = " + quoted(tender)))
        out.push_back({domain::PanelId{r[0]}, r[1] == "NULL" ? std::nullopt : std::optional<domain::LotId>{r[1]}});
    return out;
}

std::size_t own_criteria(const test::TestDatabase& db, const std::string& tender, const std::string& lot) {
    const auto rows = db.rows("SELECT lot_id FROM criterion WHERE tender_id = " + quoted(tender));
    return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [&](const auto& r) { return r[0] == lot; }));
}

// A tender whose lots' bids are arranged in one situation each, and changes of
// the tender that ask for reconfirmations.
struct Bids {
    test::TestDatabase db{test::TestDatabase::Schema::migrated};
    test::TenderRows rows{db};
    std::string tender = rows.tender("EDI-1"), going = rows.lot(tender, 1), cancelled = rows.lot(tender, 2);
    std::vector<std::pair<std::string, std::string>> bids;  // each bid with its lot

    Bids() {
        db.exec("UPDATE lot SET cancelled_at = now(), cancel_reason = 'No providers', cancelled_by = " +
                quoted(rows.user()) + " WHERE id = " + quoted(cancelled));
    }

    std::string bid(const std::string& lot) {
        bids.emplace_back(rows.bid(tender, lot), lot);
        return bids.back().first;
    }

    // A published change that asks the bid to reconfirm for the stage.
    void reconfirmation(const std::string& bid, int stage, bool resolved) const {
        const auto change = db.scalar(
            "INSERT INTO clarification (tender_id, asked_by_organisation, asked_by_user, question, asked_at) VALUES (" +
            quoted(tender) + ", " + quoted(rows.organisation()) + ", " + quoted(rows.user()) + ", 'q', now()) RETURNING id");
        db.exec("INSERT INTO bid_reconfirmation (bid_id, clarification_id, stage, required_at, resolution, resolved_by, "
                "resolved_at) VALUES (" + quoted(bid) + ", " + quoted(change) + ", " + std::to_string(stage) + ", now(), " +
                (resolved ? "'confirmed', " + quoted(rows.user()) + ", now()" : "NULL, NULL, NULL") + ")");
    }

    // The bid's versions in order, each of a stage and withdrawn or not.
    void submissions(const std::string& bid, const std::vector<std::pair<int, bool>>& versions) const {
        std::string values;
        for (std::size_t i = 0; i < versions.size(); ++i) {
            const auto version = std::to_string(i + 1);
            values += std::string{values.empty() ? "" : ", "} + "(" + quoted(bid) + ", " +
                      std::to_string(versions[i].first) + ", " + version + ", '{}', repeat('a', 64), " +
                      quoted(rows.user()) + ", now(), 'k" + version + "', " + (versions[i].second ? "now()" : "NULL") + ")";
        }
        if (!values.empty())
            db.exec("INSERT INTO bid_submission (bid_id, stage, version, content, sha256, submitted_by, submitted_at, "
                    "idempotency_key, withdrawn_at) VALUES " + values);
    }

    // Histories of versions (stage, withdrawn), each for a bid of the lot going
    // ahead, of the cancelled lot, and of one asked to reconfirm for stage 2.
    void sent_histories() {
        const std::vector<std::vector<std::pair<int, bool>>> histories{
            {}, {{1, false}}, {{1, false}, {1, false}}, {{1, false}, {1, true}}, {{1, true}, {1, false}},
            {{1, false}, {2, false}, {2, true}}, {{1, true}, {2, false}, {2, false}},
        };
        for (const auto& history : histories) {
            submissions(bid(going), history);
            submissions(bid(cancelled), history);
            const auto asked = bid(going);
            submissions(asked, history);
            reconfirmation(asked, 2, false);
        }
    }

    bool evaluable(const std::string& bid, const std::string& lot, int stage) const {
        return domain::bid_evaluable(lot_cancelled(db, lot), reconfirmations(db, bid), stage);
    }
};

}  // namespace

TEST_CASE("bid_evaluable in SQL agrees with domain::bid_evaluable") {
    Bids f;
    // Each lot, with bids asked to reconfirm: never; for stage 1, not yet or done;
    // for stage 2; for stage 1 once done and once not yet.
    for (const auto& lot : {f.going, f.cancelled}) {
        f.bid(lot);
        f.reconfirmation(f.bid(lot), 1, false);
        f.reconfirmation(f.bid(lot), 1, true);
        f.reconfirmation(f.bid(lot), 2, false);
        const auto twice = f.bid(lot);
        f.reconfirmation(twice, 1, true);
        f.reconfirmation(twice, 1, false);
    }
    std::set<bool> answers;
    for (const auto& [bid, lot] : f.bids)
        for (int stage : {1, 2}) {
            CAPTURE(bid);
            CAPTURE(stage);
            const bool twin = f.evaluable(bid, lot, stage);
            CHECK(f.db.scalar("SELECT bid_evaluable(" + quoted(bid) + ", " + quoted(lot) + ", " + std::to_string(stage) +
                              ")") == (twin ? "t" : "f"));
            answers.insert(twin);
        }
    CHECK(answers.size() == 2);  // the situations ask both ways
}

TEST_CASE("standing_submission in SQL agrees with domain::standing_submission") {
    Bids f;
    f.sent_histories();
    std::set<std::string> answers;
    for (const auto& [bid, lot] : f.bids)
        for (int stage : {1, 2}) {
            CAPTURE(bid);
            CAPTURE(stage);
            const auto twin =
                or_null(domain::standing_submission(sent_versions(f.db, bid, stage), f.evaluable(bid, lot, stage)));
            CHECK(f.db.scalar("SELECT standing_submission(" + quoted(bid) + ", " + quoted(lot) + ", " +
                              std::to_string(stage) + ")") == twin);
            answers.insert(twin);
        }
    CHECK(answers.contains("NULL"));
    CHECK(answers.size() > 5);  // several bids stand, each with its own submission
}

TEST_CASE("sent_submission in SQL agrees with domain::standing_submission for a bid that may be evaluated") {
    Bids f;
    f.sent_histories();  // neither a cancelled lot nor an open reconfirmation changes what was sent
    std::set<std::string> answers;
    for (const auto& [bid, lot] : f.bids)
        for (int stage : {1, 2}) {
            CAPTURE(bid);
            CAPTURE(stage);
            const auto twin = or_null(domain::standing_submission(sent_versions(f.db, bid, stage), true));
            CHECK(f.db.scalar("SELECT sent_submission(" + quoted(bid) + ", " + std::to_string(stage) + ")") == twin);
            answers.insert(twin);
        }
    CHECK(answers.contains("NULL"));
    CHECK(answers.size() > 5);
}

TEST_CASE("bid_excluded in SQL agrees with domain::excluded") {
    Bids f;
    // Each bid's gate results in stage 1, one outcome per gate.
    const std::vector<std::vector<std::string>> outcomes{
        {}, {"pass"}, {"fail"}, {"pass", "fail"}, {"pending", "clarification_requested"}, {"pass", "pass"},
    };
    for (const auto& gates : outcomes) {
        const auto bid = f.bid(f.going);
        for (std::size_t gate = 0; gate < gates.size(); ++gate)
            f.db.exec("INSERT INTO gate_result (bid_id, stage, gate, outcome, reason, decided_at) VALUES (" + quoted(bid) +
                      ", 1, " + std::to_string(gate) + ", '" + gates[gate] + "', '', now())");
    }
    std::set<bool> answers;
    for (const auto& [bid, lot] : f.bids)
        for (int stage : {1, 2}) {
            CAPTURE(bid);
            CAPTURE(stage);
            std::vector<domain::GateResult> results;
            for (const auto& r : f.db.rows("SELECT outcome FROM gate_result WHERE bid_id = " + quoted(bid) +
                                           " AND stage = " + std::to_string(stage)))
                results.push_back({*domain::parse_gate_outcome(r[0]), ""});
            const bool twin = domain::excluded(results);
            CHECK(f.db.scalar("SELECT bid_excluded(" + quoted(bid) + ", " + std::to_string(stage) + ")") ==
                  (twin ? "t" : "f"));
            answers.insert(twin);
        }
    CHECK(answers.size() == 2);
}

TEST_CASE("panel_for_lot in SQL agrees with domain::panel_for_lot") {
    test::TestDatabase db{test::TestDatabase::Schema::migrated};
    test::TenderRows rows{db};
    const auto tender = rows.tender("EDI-1"), other_tender = rows.tender("EDI-2");
    const std::vector<std::string> lots{rows.lot(tender, 1), rows.lot(tender, 2), rows.lot(tender, 3)};
    rows.panel(other_tender, std::nullopt);  // another tender's panel evaluates none of these lots
    const auto first_own = rows.panel(tender, lots[0]);
    rows.panel(tender, lots[2]);
    const auto agree = [&](const std::string& situation) {
        CAPTURE(situation);
        for (const auto& lot : lots) {
            CAPTURE(lot);
            CHECK(db.scalar("SELECT panel_for_lot(" + quoted(tender) + ", " + quoted(lot) + ")") ==
                  or_null(domain::panel_for_lot(panels(db, tender), domain::LotId{lot})));
        }
    };
    agree("two lots with their own panel, one with none");
    const auto every = rows.panel(tender, std::nullopt);
    agree("and a panel for every lot");
    CHECK(db.scalar("SELECT panel_for_lot(" + quoted(tender) + ", " + quoted(lots[1]) + ")") == every);
    db.exec("DELETE FROM panel WHERE id = " + quoted(first_own));
    agree("the first lot's own panel gone");
}

TEST_CASE("criteria_lot in SQL agrees with domain::inherits_criteria") {
    test::TestDatabase db{test::TestDatabase::Schema::migrated};
    test::TenderRows rows{db};
    const auto tender = rows.tender("EDI-1");
    const std::vector<std::string> lots{rows.lot(tender, 1), rows.lot(tender, 2)};
    const auto criterion = [&](const std::optional<std::string>& lot, int position) {
        db.exec("INSERT INTO criterion (tender_id, lot_id, position, title, bidder_guidance, panel_guidance, weight, "
                "word_limit) VALUES (" + quoted(tender) + ", " + (lot ? quoted(*lot) : "NULL") + ", " +
                std::to_string(position) + ", 'Outcomes', 'g', 'g', 50, 500)");
    };
    const auto agree = [&](const std::string& situation) {
        CAPTURE(situation);
        for (const auto& lot : lots) {
            CAPTURE(lot);
            const bool inherits = domain::inherits_criteria(own_criteria(db, tender, lot));
            CHECK(db.scalar("SELECT criteria_lot(" + quoted(tender) + ", " + quoted(lot) + ")") ==
                  (inherits ? "NULL" : lot));
        }
    };
    agree("no criteria at all");
    criterion(std::nullopt, 0);
    criterion(std::nullopt, 1);
    agree("the tender's criteria only");
    criterion(lots[0], 0);
    criterion(lots[0], 1);
    agree("the first lot's own besides the tender's");
    db.exec("DELETE FROM criterion WHERE lot_id IS NULL");
    agree("the first lot's own alone");
}

TEST_CASE("lot_gates_json in SQL agrees with domain::lot_gates") {
    test::TestDatabase db{test::TestDatabase::Schema::migrated};
    test::TenderRows rows{db};
    const auto tender = rows.tender("EDI-1");
    const std::vector<std::string> lots{rows.lot(tender, 1), rows.lot(tender, 2), rows.lot(tender, 3)};
    std::vector<domain::Gate> gates;  // as inserted, each named by its question
    const auto gate = [&](const std::optional<std::string>& lot) {
        const auto question = "q" + std::to_string(gates.size());
        db.exec("INSERT INTO gate (tender_id, lot_id, position, kind, parameters) VALUES (" + quoted(tender) + ", " +
                (lot ? quoted(*lot) : "NULL") + ", " + std::to_string(gates.size()) +
                ", 'custom', '{\"question\": \"" + question + "\", \"passing_answer\": true}')");
        gates.push_back({lot ? std::optional{domain::LotId{*lot}} : std::nullopt, domain::CustomQuestion{question, true}});
    };
    const auto agree = [&](const std::string& situation) {
        CAPTURE(situation);
        for (const auto& lot : lots) {
            CAPTURE(lot);
            std::string expected;
            for (const auto& g : domain::lot_gates(gates, domain::LotId{lot}))
                expected += (expected.empty() ? "" : ",") + std::get<domain::CustomQuestion>(g.parameters).question;
            CHECK(db.scalar("SELECT coalesce(string_agg((g->>'parameters')::json->>'question', ',' ORDER BY n), '') "
                            "FROM json_array_elements(lot_gates_json(" + quoted(tender) + ", " + quoted(lot) +
                            ")::json) WITH ORDINALITY AS e(g, n)") == expected);
        }
    };
    agree("no gates");
    gate(std::nullopt);
    gate(lots[0]);
    gate(std::nullopt);
    gate(lots[2]);
    gate(lots[0]);
    agree("gates for every lot between the first and third lots' own");
}
