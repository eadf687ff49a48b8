#pragma once

// A small installation for HTTP tests of commissioning: two commissioning bodies,
// a provider and a panellist, each signed in, and helpers to build tenders.
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "tests/support/http_client.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/test_database.hpp"

namespace collabtender::test {

inline constexpr const char* test_password = "a long enough password";
// The body of POST /bids/{id}/submissions: the sender confirms the declaration.
inline constexpr const char* declaration_body = R"({"declaration_confirmed": true})";

struct Commissioning {
    TestDatabase db{TestDatabase::Schema::migrated};
    std::unique_ptr<ServerProcess> server;
    std::string edinburgh, edinburgh_officer, glasgow_officer, provider, panellist;
    std::string provider_organisation;

    // `server_args` go to `collabtender serve`, e.g. where mail goes.
    explicit Commissioning(const std::vector<std::string>& server_args = {});
    std::uint16_t port() const { return server->port(); }

    HttpResponse call(const std::string& method, const std::string& target, const std::string& token,
                      const std::string& body = {}, const std::string& if_match = {}) const;

    // A draft tender of Edinburgh's; returns its path.
    std::string draft(const std::string& reference = "EDI-2026-014") const;
    // A draft with one lot, its PIN published; returns the tender's path.
    std::string published_pin(const std::string& reference = "EDI-PIN") const;
    // Moves a published PIN into stage 1, with criteria_body and gates_body, the
    // clarification cut-off and stage-1 deadline this far from the server's now.
    // The stage-2 deadline is `stage2` from then, or 30 times the stage-1 deadline.
    // Tests pass the deadlines with server->pass_time rather than waiting for them.
    void open_stage1(const std::string& tender, std::chrono::seconds cutoff, std::chrono::seconds deadline,
                     std::chrono::seconds stage2 = std::chrono::seconds{0}) const;
    // Evaluation of the stage under way in its simplest form: a panel of the
    // fixture's panellist alone (formed if the tender has none), who declares no
    // conflict and gives `score` on both of criteria_body's criteria for each bid
    // (paths) and submits, so nothing is flagged.
    void score_bids(const std::string& tender, const std::vector<std::string>& bids, int score = 3) const;
    // Each token's organisation signs off the bid's draft as it stands (bid: path).
    // Best effort: a draft that cannot be signed now is left for the submission to refuse.
    void sign_off(const std::string& bid, const std::vector<std::string>& tokens) const;
    // The id of the tender's first lot; the ids of all its lots, in order.
    std::string first_lot(const std::string& tender) const;
    std::vector<std::string> lots(const std::string& tender) const;
    // A panel of the fixture's panellist alone, as chair, for the whole tender;
    // `scoring_due_at` (RFC 3339) when given. Returns its path.
    std::string form_panel(const std::string& tender, const std::string& scoring_due_at = {}) const;
    // A consortium of the token's organisation alone, named `name`, and its bid for
    // the lot (the tender in stage 1); returns the bid's path.
    std::string lone_bid(const std::string& tender, const std::string& lot, const std::string& token,
                         const std::string& name) const;
    // lone_bid's bid, completed (draft_with_rate(1400)), signed off and submitted
    // with Idempotency-Key "first"; returns its path.
    std::string submitted_bid(const std::string& tender, const std::string& lot, const std::string& token,
                              const std::string& name) const;
    // A published PIN taken into stage-1 evaluation with one bid to score: the
    // provider's submitted_bid, stage 1 closed, the fixture's panel formed, and the
    // panellist's answer to the conflict question "no". Returns both paths.
    struct BidToScore {
        std::string tender, bid;
    };
    BidToScore bid_to_score(const std::string& reference = "EDI-PIN") const;
    // Another provider organisation with one signed-in user; returns the token.
    std::string another_provider(const std::string& name, const std::string& email) const;

    static std::string tender_body(const std::string& reference);
};

// The fixture's installation with an admin of Edinburgh's (admin@edinburgh.example), signed in.
struct WithAdmin : Commissioning {
    std::string admin;
    WithAdmin();
};

std::string lot_body(int number);
extern const char* const criteria_body;
extern const char* const gates_body;

// A complete draft for criteria_body and gates_body, paying this hourly rate
// (criteria_body's Fair Work minimum is 1345 pence).
std::string draft_with_rate(int hourly_rate_pence);
// The last segment of a resource path: its id.
std::string id_of(const std::string& path);

// RFC 3339 for now + `from_now`, by the test's own clock: behind the server's once a
// test has moved that on (ServerProcess::pass_time returns the server's time).
std::string at(std::chrono::seconds from_now);
// The JSON Pointers named by a problem's errors.
std::vector<std::string> pointers(const HttpResponse& response);
bool contains(const std::vector<std::string>& items, const std::string& item);

}  // namespace collabtender::test
