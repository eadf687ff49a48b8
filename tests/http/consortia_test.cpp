// Partner finding and consortia over HTTP: invitations, shares, the memorandum of
// understanding, completeness, and isolation between consortia.
#include <doctest/doctest.h>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

std::string organisation_of(const Commissioning& c, const std::string& token) {
    return std::string{c.call("GET", "/api/v1/me", token).json().at("organisation").at("id").as_string()};
}

const std::string wrong_digest(64, 'b');

// Uploads a memorandum (plain text) and returns the response.
HttpResponse upload_mou(const Commissioning& c, const std::string& consortium, const std::string& token,
                        const std::string& text) {
    return send(c.port(), {"PUT", consortium + "/mou?filename=mou.txt", text, "text/plain", token, {}});
}

std::string listing(const std::string& roles) {
    return R"({"offers": "Peer support workers and a drop-in space", "localities": ["North West"], "roles": )" + roles +
           R"(, "contact_name": "Sam Rae", "contact_email": "sam@pilton.example"})";
}

}  // namespace

TEST_CASE("providers put themselves on a lot's partner register, and browse it") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = std::string{c.call("GET", tender + "/lots", c.provider).json().at("items").at(0).at("id").as_string()};
    const auto entry = tender + "/lots/" + lot + "/partner-register/mine";
    const auto bad = c.call("PUT", entry, c.provider, listing(R"(["boss"])"));
    CHECK(bad.status == 422);
    CHECK(contains(pointers(bad), "/roles/0"));
    REQUIRE(c.call("PUT", entry, c.provider, listing(R"(["partner", "subcontractor"])")).status == 200);
    REQUIRE(c.call("PUT", entry, c.provider, listing(R"(["lead"])")).status == 200);  // replaces

    const auto other = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto seen = c.call("GET", tender + "/lots/" + lot + "/partner-register", other).json().at("items").as_array();
    REQUIRE(seen.size() == 1);
    CHECK(seen[0].at("roles").at(0).as_string() == "lead");
    CHECK(seen[0].at("contact_email").as_string() == "sam@pilton.example");
    CHECK(c.call("GET", tender + "/lots/" + lot + "/partner-register", c.edinburgh_officer).status == 200);
    CHECK(c.call("GET", tender + "/lots/" + lot + "/partner-register", c.glasgow_officer).status == 403);
    CHECK(c.call("GET", tender + "/lots/" + lot + "/partner-register", c.panellist).status == 403);

    CHECK(c.call("DELETE", entry, c.provider).status == 204);
    CHECK(c.call("DELETE", entry, c.provider).status == 404);
    CHECK(c.call("GET", tender + "/lots/" + lot + "/partner-register", other).json().at("items").as_array().empty());
}

TEST_CASE("a consortium is complete once members accept, shares sum and everyone acknowledged the MoU") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto partner = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto partner_org = organisation_of(c, partner);

    const auto created = c.call("POST", tender + "/consortia", c.provider, R"({"name": "North West Together"})");
    REQUIRE(created.status == 201);
    const auto path = created.header("location");
    CHECK(created.json().at("complete").as_bool());  // a consortium of one, with the whole share
    CHECK(created.json().at("members").at(0).at("role").as_string() == "lead");

    const auto invited = c.call("POST", path + "/members", c.provider,
                                R"({"organisation_id": ")" + partner_org + R"(", "role": "partner", "share_bp": 4000})");
    REQUIRE(invited.status == 201);
    CHECK_FALSE(invited.json().at("complete").as_bool());

    // Invited, not yet a member: it sees the invitation only.
    CHECK(c.call("GET", path, partner).status == 404);
    const auto invitations = c.call("GET", "/api/v1/invitations", partner).json().at("items").as_array();
    REQUIRE(invitations.size() == 1);
    CHECK(invitations[0].at("share_bp").as_int64() == 4000);
    CHECK(invitations[0].at("lead_organisation_name").as_string() == "Pilton Community Health Project");

    // Accepting names the terms shown; changed terms are refused, and nothing is joined.
    const auto changed = c.call("POST", path + "/invitation/accept", partner, R"({"role": "subcontractor", "share_bp": 4000})");
    CHECK(changed.status == 409);
    CHECK(changed.json().at("type").as_string() == "urn:collabtender:problem:invitation-changed");
    CHECK(c.call("GET", path, partner).status == 404);
    REQUIRE(c.call("POST", path + "/invitation/accept", partner, R"({"role": "partner", "share_bp": 4000})").status == 200);
    CHECK(c.call("GET", path, partner).status == 200);
    CHECK(c.call("GET", "/api/v1/invitations", partner).json().at("items").as_array().empty());

    // Shares: the lead brings its own down to 60%.
    const auto lead_org = c.provider_organisation;
    CHECK(c.call("PATCH", path + "/members/" + lead_org, partner, R"({"share_bp": 6000})").status == 403);
    const auto shared = c.call("PATCH", path + "/members/" + lead_org, c.provider, R"({"share_bp": 6000})");
    REQUIRE(shared.status == 200);
    const auto because = shared.json().at("incomplete_because").as_array();
    REQUIRE(because.size() == 1);
    CHECK(because[0].at("pointer").as_string() == "/mou");

    // The MoU, uploaded by the lead and acknowledged by each member as the very version they read.
    CHECK(upload_mou(c, path, partner, "We agree...").status == 403);
    CHECK(send(c.port(), {"PUT", path + "/mou?filename=mou.exe", std::string{"MZ\x90", 3}, "text/plain", c.provider, {}})
              .status == 415);
    const auto recorded = upload_mou(c, path, c.provider, "Memorandum of understanding, version 1.");
    REQUIRE(recorded.status == 200);
    const std::string mou_v1{recorded.json().at("mou").at("sha256").as_string()};
    const auto read = c.call("GET", path + "/mou", partner);
    CHECK(read.body == "Memorandum of understanding, version 1.");
    CHECK(read.header("x-content-sha256") == mou_v1);
    CHECK(c.call("POST", path + "/mou/acknowledgement", partner, R"({"sha256": ")" + wrong_digest + R"("})").status == 422);
    REQUIRE(c.call("POST", path + "/mou/acknowledgement", partner, R"({"sha256": ")" + mou_v1 + R"("})").status == 200);
    const auto done = c.call("POST", path + "/mou/acknowledgement", c.provider, R"({"sha256": ")" + mou_v1 + R"("})");
    REQUIRE(done.status == 200);
    CHECK(done.json().at("complete").as_bool());

    // Changed shares are not what was acknowledged.
    const auto reshared = c.call("PATCH", path + "/members/" + partner_org, c.provider, R"({"share_bp": 4000})");
    CHECK_FALSE(reshared.json().at("complete").as_bool());
    REQUIRE(c.call("POST", path + "/mou/acknowledgement", partner, R"({"sha256": ")" + mou_v1 + R"("})").status == 200);
    REQUIRE(c.call("POST", path + "/mou/acknowledgement", c.provider, R"({"sha256": ")" + mou_v1 + R"("})").status == 200);

    // A new version of the MoU needs acknowledging again.
    const auto revised = upload_mou(c, path, c.provider, "Memorandum of understanding, version 2.");
    CHECK_FALSE(revised.json().at("complete").as_bool());
    CHECK_FALSE(revised.json().at("members").at(1).at("mou_acknowledged").as_bool());
}

TEST_CASE("consortia are isolated from each other: 404, not 403") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto rival = c.another_provider("Health in Mind", "staff@him.example");
    const auto outsider = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto ours = c.call("POST", tender + "/consortia", c.provider, R"({"name": "Ours"})").header("location");
    const auto theirs = c.call("POST", tender + "/consortia", rival, R"({"name": "Theirs"})").header("location");

    CHECK(c.call("GET", theirs, c.provider).status == 404);
    CHECK(c.call("GET", ours, rival).status == 404);
    CHECK(c.call("POST", theirs + "/members", c.provider,
                 R"({"organisation_id": ")" + organisation_of(c, outsider) + R"(", "role": "partner", "share_bp": 100})")
              .status == 404);
    CHECK(upload_mou(c, theirs, c.provider, "Ours now").status == 404);
    CHECK(c.call("GET", theirs + "/mou", c.provider).status == 404);
    CHECK(c.call("POST", theirs + "/invitation/accept", outsider).status == 404);  // nobody invited it
    CHECK(c.call("DELETE", theirs + "/members/" + organisation_of(c, rival), c.provider).status == 404);

    const auto mine = c.call("GET", tender + "/consortia", c.provider).json().at("items").as_array();
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].at("name").as_string() == "Ours");
    CHECK(c.call("GET", tender + "/consortia", c.edinburgh_officer).json().at("items").as_array().size() == 2);
    CHECK(c.call("GET", tender + "/consortia", c.glasgow_officer).status == 403);
    CHECK(c.call("GET", ours, c.glasgow_officer).status == 404);
    CHECK(c.call("GET", ours, c.edinburgh_officer).status == 200);
}

TEST_CASE("a lead's share, when given, is a whole number of basis points: null is not one") {
    Commissioning c;
    const auto tender = c.published_pin();
    for (const std::string share : {"null", R"("7000")", "70.5", "0", "10001"}) {
        CAPTURE(share);
        const auto refused =
            c.call("POST", tender + "/consortia", c.provider, R"({"name": "Together", "lead_share_bp": )" + share + "}");
        CHECK(refused.status == 422);
        CHECK(pointers(refused) == std::vector<std::string>{"/lead_share_bp"});
    }
    CHECK(c.call("GET", tender + "/consortia", c.provider).json().at("items").as_array().empty());
    const auto formed = c.call("POST", tender + "/consortia", c.provider, R"({"name": "Together"})");  // left out: all of it
    REQUIRE(formed.status == 201);
    CHECK(formed.json().at("members").at(0).at("share_bp").as_int64() == 10000);
}

TEST_CASE("invitations: only providers, never twice, decline and re-invite, leaving, and the lead stays") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto partner = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto partner_org = organisation_of(c, partner);
    const auto path = c.call("POST", tender + "/consortia", c.provider, R"({"name": "Together", "lead_share_bp": 7000})")
                          .header("location");
    const auto invite = [&](const std::string& organisation, const std::string& role = "partner") {
        return c.call("POST", path + "/members", c.provider,
                      R"({"organisation_id": ")" + organisation + R"(", "role": ")" + role + R"(", "share_bp": 3000})");
    };
    CHECK(invite(c.edinburgh).status == 422);  // a commissioning body
    CHECK(invite(partner_org, "lead").status == 422);
    REQUIRE(invite(partner_org).status == 201);
    CHECK(invite(partner_org).status == 409);

    CHECK(c.call("POST", path + "/invitation/decline", partner).status == 204);
    CHECK(c.call("POST", path + "/invitation/accept", partner).status == 404);  // the invitation is gone
    REQUIRE(invite(partner_org).status == 201);                                   // but may be renewed
    REQUIRE(c.call("POST", path + "/invitation/accept", partner).status == 200);
    const auto state = c.call("GET", path, c.provider).json();  // 70% + 30%, accepted: only the MoU is missing
    CHECK_FALSE(state.at("complete").as_bool());
    CHECK(state.at("incomplete_because").as_array().size() == 1);

    CHECK(c.call("DELETE", path + "/members/" + c.provider_organisation, partner).status == 403);
    CHECK(c.call("DELETE", path + "/members/" + c.provider_organisation, c.provider).status == 409);
    CHECK(c.call("DELETE", path + "/members/" + partner_org, partner).status == 204);  // leaving
    CHECK(c.call("GET", path, partner).status == 404);
}

TEST_CASE("a provider's home lists its organisation's partnerships in every tender, with their bids") {
    Commissioning c;
    const auto tender = c.published_pin();
    c.open_stage1(tender, 1800s, 3600s);
    const auto lot = std::string{c.call("GET", tender + "/lots", c.provider).json().at("items").at(0).at("id").as_string()};
    const auto partner = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto invited = c.another_provider("Health in Mind", "staff@him.example");
    const auto path = c.call("POST", tender + "/consortia", c.provider, R"({"name": "North West Together"})").header("location");
    REQUIRE(c.call("PATCH", path + "/members/" + c.provider_organisation, c.provider, R"({"share_bp": 6000})").status == 200);
    for (const auto* token : {&partner, &invited})
        REQUIRE(c.call("POST", path + "/members", c.provider,
                       R"({"organisation_id": ")" + organisation_of(c, *token) + R"(", "role": "partner", "share_bp": 2000})")
                    .status == 201);
    REQUIRE(c.call("POST", path + "/invitation/accept", partner).status == 200);
    const auto bid = c.call("POST", path + "/bids", c.provider, R"({"lot_id": ")" + lot + R"("})").header("location");
    REQUIRE_FALSE(bid.empty());

    for (const auto& token : std::vector<std::string>{c.provider, partner}) {
        const auto mine = c.call("GET", "/api/v1/me/consortia", token).json().at("items");
        REQUIRE(mine.as_array().size() == 1);
        CHECK(mine.at(0).at("id").as_string() == id_of(path));
        CHECK(mine.at(0).at("tender").at("id").as_string() == id_of(tender));
        CHECK(mine.at(0).at("members").as_array().size() == 3);
        REQUIRE(mine.at(0).at("bids").as_array().size() == 1);
        CHECK(mine.at(0).at("bids").at(0).at("id").as_string() == id_of(bid));
        CHECK(mine.at(0).at("bids").at(0).at("lot").at("id").as_string() == lot);
        CHECK(mine.at(0).at("bids").at(0).at("submissions").as_array().empty());
        CHECK_FALSE(mine.at(0).at("bids").at(0).as_object().contains("draft"));
    }
    // Submissions are listed by stage, version and time, without their content (the
    // row is written directly: a real submission is bids_test's subject).
    c.db.exec("INSERT INTO bid_submission (bid_id, stage, version, content, sha256, submitted_by, submitted_at, "
              "idempotency_key, withdrawn_at) SELECT id, 1, 1, '{}', repeat('a', 64), created_by, "
              "'2026-05-01T12:00:00Z', 'home', '2026-05-02T09:00:00Z' FROM bid WHERE id = '" + id_of(bid) + "'");
    const auto submitted = c.call("GET", "/api/v1/me/consortia", c.provider).json().at("items").at(0).at("bids").at(0);
    REQUIRE(submitted.at("submissions").as_array().size() == 1);
    CHECK(submitted.at("submissions").at(0).at("stage").as_int64() == 1);
    CHECK(submitted.at("submissions").at(0).at("version").as_int64() == 1);
    CHECK(submitted.at("submissions").at(0).at("submitted_at").as_string() == "2026-05-01T12:00:00Z");
    CHECK(submitted.at("submissions").at(0).at("withdrawn_at").as_string() == "2026-05-02T09:00:00Z");
    CHECK_FALSE(submitted.at("submissions").at(0).as_object().contains("content"));
    // An invitation not yet accepted is not membership; strangers and other roles see nothing.
    CHECK(c.call("GET", "/api/v1/me/consortia", invited).json().at("items").as_array().empty());
    const auto stranger = c.another_provider("Cyrenians", "staff@cyrenians.example");
    CHECK(c.call("GET", "/api/v1/me/consortia", stranger).json().at("items").as_array().empty());
    CHECK(c.call("GET", "/api/v1/me/consortia", c.edinburgh_officer).status == 403);
}

TEST_CASE("a lead finds other provider organisations to invite by part of their name, and sees names only") {
    Commissioning c;
    c.another_provider("Canongate Youth", "staff@canongate.example");
    c.another_provider("Canonmills 50% Club", "staff@canonmills.example");
    const auto found = c.call("GET", "/api/v1/organisations?kind=provider&q=canon", c.provider);
    REQUIRE_MESSAGE(found.status == 200, found.body);
    const auto listed = found.json();
    const auto& items = listed.at("items").as_array();
    REQUIRE(items.size() == 2);
    CHECK(items[0].at("name").as_string() == "Canongate Youth");
    // Id, name and the public register numbers that tell similar names apart: nothing more.
    CHECK(items[0].as_object().size() == 6);
    CHECK(items[0].at("kind").as_string() == "provider");
    CHECK(items[0].at("charity_number").is_null());
    CHECK_FALSE(listed.at("more").as_bool());
    // At most 20, and the searcher is told there are more.
    c.db.exec("INSERT INTO organisation (name, kind, charity_number) "
              "SELECT 'Canon Care ' || n, 'provider', 'SC0' || n FROM generate_series(10, 30) n");
    const auto many = c.call("GET", "/api/v1/organisations?kind=provider&q=canon", c.provider).json();
    CHECK(many.at("items").as_array().size() == 20);
    CHECK(many.at("more").as_bool());
    CHECK(many.at("items").at(2).at("charity_number").as_string() == "SC012");
    // LIKE's wildcards are plain characters here, and the caller's own organisation is left out.
    CHECK(c.call("GET", "/api/v1/organisations?kind=provider&q=50%25", c.provider).json().at("items").as_array().size() == 1);
    CHECK(c.call("GET", "/api/v1/organisations?kind=provider&q=__", c.provider).json().at("items").as_array().empty());
    const auto own = std::string{c.call("GET", "/api/v1/me", c.provider).json().at("organisation").at("name").as_string()};
    CHECK(c.call("GET", "/api/v1/organisations?kind=provider&q=" + own.substr(0, 5), c.provider)
              .json().at("items").as_array().empty());
    // Commissioning bodies are found by kind, or with providers when no kind is given.
    const auto bodies = c.call("GET", "/api/v1/organisations?kind=commissioning_body&q=HSCP", c.provider).json();
    REQUIRE(bodies.at("items").as_array().size() == 2);
    CHECK(bodies.at("items").at(0).at("name").as_string() == "Edinburgh HSCP");
    CHECK(bodies.at("items").at(0).at("kind").as_string() == "commissioning_body");
    CHECK(c.call("GET", "/api/v1/organisations?q=canon", c.provider).json().at("items").as_array().size() == 20);
    // Too short a search, an unknown kind, or another role: refused.
    CHECK(c.call("GET", "/api/v1/organisations?kind=provider&q=c", c.provider).status == 400);
    CHECK(c.call("GET", "/api/v1/organisations?kind=charity&q=edin", c.provider).status == 400);
    CHECK(c.call("GET", "/api/v1/organisations?kind=provider&q=canon", c.edinburgh_officer).status == 403);
}

TEST_CASE("an invited organisation sees who is in, the lots and the memorandum before it answers") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    c.open_stage1(tender, 1800s, 3600s);
    const auto partner = c.another_provider("Canongate Youth", "staff@canongate.example");
    const auto stranger = c.another_provider("Health in Mind", "staff@him.example");
    const auto bid = c.lone_bid(tender, lot, c.provider, "North West Together");
    const auto consortium = std::string{c.call("GET", bid, c.provider).json().at("consortium_id").as_string()};
    const auto path = "/api/v1/consortia/" + consortium;
    REQUIRE(send(c.port(), {"PUT", path + "/mou?filename=mou.txt", "We share the work 60:40.", "text/plain", c.provider, {}})
                .status == 200);
    REQUIRE(c.call("POST", path + "/members", c.provider,
                   R"({"organisation_id": ")" + organisation_of(c, partner) + R"(", "role": "partner", "share_bp": 4000})")
                .status == 201);

    const auto listed = c.call("GET", "/api/v1/invitations", partner).json();
    const auto& invitation = listed.at("items").at(0);
    REQUIRE(invitation.at("members").as_array().size() == 2);
    CHECK(invitation.at("members").at(0).at("organisation_name").as_string() == "Pilton Community Health Project");
    CHECK(invitation.at("members").at(0).at("status").as_string() == "accepted");
    CHECK(invitation.at("members").at(1).at("status").as_string() == "invited");
    CHECK(invitation.at("mou").at("filename").as_string() == "mou.txt");
    REQUIRE(invitation.at("lots").as_array().size() == 1);
    CHECK(invitation.at("lots").at(0).at("id").as_string() == lot);

    const auto mou = c.call("GET", path + "/mou", partner);
    CHECK(mou.status == 200);
    CHECK(mou.body == "We share the work 60:40.");
    CHECK(c.call("GET", path + "/mou", stranger).status == 404);
    CHECK(c.call("GET", path, partner).status == 404);  // the consortium itself once it accepts
    REQUIRE(c.call("POST", path + "/invitation/decline", partner).status == 204);
    CHECK(c.call("GET", path + "/mou", partner).status == 404);
}
