// Notifications over HTTP: who hears of what, in the app and by email (here a
// folder of .eml files), their settings, unsubscribing, followed CPV codes.
#include <doctest/doctest.h>

#include <boost/json.hpp>
#include <thread>

#include "tests/support/accounts.hpp"
#include "tests/support/commissioning.hpp"
#include "tests/support/mail_folder.hpp"
#include "tests/support/smtp_sink.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

boost::json::object inbox(const Commissioning& c, const std::string& token, const std::string& query = {}) {
    const auto listed = c.call("GET", "/api/v1/notifications" + query, token);
    REQUIRE_MESSAGE(listed.status == 200, listed.body);
    return listed.json().as_object();
}

std::vector<std::string> emails_to(const Commissioning& c, const std::string& address, std::size_t count = 1) {
    return collabtender::test::emails_to(*c.server, address, count);
}

struct Partnership {
    Commissioning c;
    std::string tender, consortium, partner, partner_org;

    Partnership() {
        tender = c.published_pin();
        c.open_stage1(tender, 1800s, 3600s);
        consortium = c.call("POST", tender + "/consortia", c.provider, R"({"name": "North West Together"})").header("location");
        partner = c.another_provider("Canongate Youth", "staff@canongate.example");
        partner_org = std::string{c.call("GET", "/api/v1/me", partner).json().at("organisation").at("id").as_string()};
        REQUIRE(c.call("PATCH", consortium + "/members/" + c.provider_organisation, c.provider, R"({"share_bp": 6000})").status ==
                200);
    }
    HttpResponse invite() const {
        return c.call("POST", consortium + "/members", c.provider,
                      R"({"organisation_id": ")" + partner_org + R"(", "role": "partner", "share_bp": 4000})");
    }
};

}  // namespace

TEST_CASE("an invitation and its answer reach the right people, in the app and by email, and no one else") {
    Partnership p;
    const auto& c = p.c;
    const auto rival = c.another_provider("Health in Mind", "staff@him.example");
    REQUIRE(p.invite().status == 201);

    const auto partner_inbox = inbox(c, p.partner);
    REQUIRE(partner_inbox.at("items").as_array().size() == 1);
    const auto& invitation = partner_inbox.at("items").at(0).as_object();
    CHECK(invitation.at("kind").as_string() == "consortium_invitation");
    CHECK(invitation.at("title").as_string() ==
          "Pilton Community Health Project invites Canongate Youth to bid together for \"Thrive Welcome Teams\"");
    CHECK(invitation.at("link").as_string() == "/invitations");
    CHECK(invitation.at("link_text").as_string() == "Read the invitation and answer it");
    CHECK(invitation.at("text").as_string().find("http") == std::string::npos);  // the link is the app's button
    CHECK(invitation.at("read_at").is_null());
    CHECK(partner_inbox.at("unread").as_int64() == 1);
    CHECK(inbox(c, c.provider).at("total").as_int64() == 0);  // the lead invited: it need not be told
    CHECK(inbox(c, rival).at("total").as_int64() == 0);
    CHECK(inbox(c, c.edinburgh_officer).at("total").as_int64() == 0);

    // By email too, with a link into the client and a way to stop this kind.
    const auto emails = emails_to(c, "staff@canongate.example");
    REQUIRE(emails.size() == 1);
    CHECK(header(emails[0], "Subject").find("invites Canongate Youth") != std::string::npos);
    CHECK(header(emails[0], "Message-ID").find("<notification-") == 0);
    CHECK(header(emails[0], "List-Unsubscribe").find("/api/v1/unsubscribe?token=") != std::string::npos);
    const auto text = plain_text(emails[0]);
    CHECK(text.find("http://127.0.0.1:" + std::to_string(c.port()) + "/invitations") != std::string::npos);
    CHECK(text.find("Stop emails like this one") != std::string::npos);

    // Read marks: one's own only.
    const auto id = std::string{invitation.at("id").as_string()};
    CHECK(c.call("POST", "/api/v1/notifications/" + id + "/read", rival).status == 404);
    CHECK(c.call("POST", "/api/v1/notifications/" + id + "/read", p.partner).status == 204);
    CHECK(c.call("POST", "/api/v1/notifications/" + id + "/read", p.partner).status == 204);  // idempotent
    CHECK(c.call("POST", "/api/v1/notifications/nonsense/read", p.partner).status == 404);
    const auto after = inbox(c, p.partner);
    CHECK(after.at("unread").as_int64() == 0);
    CHECK_FALSE(after.at("items").at(0).at("read_at").is_null());
    CHECK(inbox(c, p.partner, "?unread=true").at("items").as_array().empty());
    CHECK(c.call("GET", "/api/v1/notifications?unread=maybe", p.partner).status == 400);

    // The answer goes back to the lead's people.
    REQUIRE(c.call("POST", p.consortium + "/invitation/accept", p.partner).status == 200);
    const auto lead_inbox = inbox(c, c.provider);
    REQUIRE(lead_inbox.at("items").as_array().size() == 1);
    CHECK(lead_inbox.at("items").at(0).at("title").as_string() ==
          "Canongate Youth has accepted your invitation to \"North West Together\"");
    CHECK(lead_inbox.at("items").at(0).at("link").as_string() == "/consortia/" + id_of(p.consortium));
    CHECK(c.call("POST", "/api/v1/notifications/read-all", c.provider).status == 204);
    CHECK(inbox(c, c.provider).at("unread").as_int64() == 0);
}

TEST_CASE("a submitted bid sends every member a receipt without the bid's content") {
    Partnership p;
    const auto& c = p.c;
    REQUIRE(p.invite().status == 201);
    REQUIRE(c.call("POST", p.consortium + "/invitation/accept", p.partner).status == 200);
    const auto mou = send(c.port(), {"PUT", p.consortium + "/mou?filename=mou.txt", "Memorandum", "text/plain", c.provider, {}});
    REQUIRE(mou.status == 200);
    const auto acknowledgement = R"({"sha256": ")" + std::string{mou.json().at("mou").at("sha256").as_string()} + R"("})";
    for (const auto& token : {p.partner, c.provider})
        REQUIRE(c.call("POST", p.consortium + "/mou/acknowledgement", token, acknowledgement).status == 200);
    const auto bid = c.call("POST", p.consortium + "/bids", c.provider, R"({"lot_id": ")" + c.first_lot(p.tender) + R"("})")
                         .header("location");
    REQUIRE(c.call("PATCH", bid, c.provider, draft_with_rate(1400), "\"1\"").status == 200);
    c.sign_off(bid, {c.provider, p.partner});
    const auto submitted = send(c.port(), {"POST", bid + "/submissions", declaration_body, "application/json", c.provider, {{"Idempotency-Key", "k1"}}});
    REQUIRE_MESSAGE(submitted.status == 201, submitted.body);
    const auto sha256 = std::string{submitted.json().at("sha256").as_string()};

    for (const auto& [token, address] : {std::pair{c.provider, "staff@pilton.example"}, std::pair{p.partner, "staff@canongate.example"}}) {
        const auto listed = inbox(c, token, "?limit=1");
        REQUIRE(listed.at("items").as_array().size() == 1);
        const auto& receipt = listed.at("items").at(0).as_object();
        CHECK(receipt.at("kind").as_string() == "bid_submitted");  // the submitter too: it is a receipt
        CHECK(receipt.at("text").as_string().find(sha256) != std::string::npos);
        CHECK(receipt.at("link").as_string() == "/bids/" + id_of(bid) + "/submit");
        const auto emails = emails_to(c, address, 2);
        bool found = false;
        for (const auto& email : emails) {
            if (header(email, "Subject").find("Receipt") != 0) continue;
            found = true;
            CHECK(header(email, "List-Unsubscribe").empty());  // a formal notice
            const auto text = plain_text(email);
            CHECK(text.find(sha256) != std::string::npos);
            CHECK(text.find("cannot be switched off") != std::string::npos);
            CHECK(text.find("We plan support") == std::string::npos);  // never the bid's content
        }
        CHECK(found);
    }
}

TEST_CASE("each person chooses which kinds also come by email, but formal notices cannot be switched off") {
    Partnership p;
    const auto& c = p.c;
    const auto settings = c.call("GET", "/api/v1/me/notification-settings", p.partner).json();
    bool listed_receipts = false;
    for (const auto& item : settings.at("items").as_array()) {
        CHECK(item.at("email").as_bool());  // by default, everything
        if (item.at("kind").as_string() == "bid_submitted") listed_receipts = !item.at("can_switch_off").as_bool();
    }
    CHECK(listed_receipts);
    // Each role is offered the kinds meant for it.
    const auto panellist_settings = c.call("GET", "/api/v1/me/notification-settings", c.panellist).json();
    std::string panellist_kinds;
    for (const auto& item : panellist_settings.at("items").as_array())
        panellist_kinds += std::string{item.at("kind").as_string()} + ",";
    CHECK(panellist_kinds == "panel_membership,bids_ready,scoring_reminder,");
    CHECK(contains(pointers(c.call("PUT", "/api/v1/me/notification-settings", c.panellist,
                                   R"({"email": {"bid_submitted": true}})")),
                   "/email/bid_submitted"));

    const auto refused = c.call("PUT", "/api/v1/me/notification-settings", p.partner,
                                R"({"email": {"award_proposed": false, "no_such_kind": true, "mentioned": "no"}})");
    CHECK(refused.status == 422);
    CHECK(contains(pointers(refused), "/email/award_proposed"));
    CHECK(contains(pointers(refused), "/email/no_such_kind"));
    CHECK(contains(pointers(refused), "/email/mentioned"));
    REQUIRE(c.call("PUT", "/api/v1/me/notification-settings", p.partner, R"({"email": {"consortium_invitation": false}})")
                .status == 200);
    REQUIRE(p.invite().status == 201);
    CHECK(inbox(c, p.partner).at("total").as_int64() == 1);  // still in the app
    CHECK(c.db.scalar("SELECT email_state FROM notification WHERE kind = 'consortium_invitation'") == "none");
    std::this_thread::sleep_for(600ms);  // three turns of the dispatcher: nothing goes out
    CHECK(emails_to(c, "staff@canongate.example", 0).empty());
}

TEST_CASE("an email's unsubscribe link stops that kind by email without signing in") {
    Partnership p;
    const auto& c = p.c;
    REQUIRE(p.invite().status == 201);
    const auto emails = emails_to(c, "staff@canongate.example");
    REQUIRE(emails.size() == 1);
    const auto link = header(emails[0], "List-Unsubscribe");
    const auto token = link.substr(link.find("token=") + 6, 36);
    CHECK(send(c.port(), {"POST", "/api/v1/unsubscribe?token=00000000-0000-0000-0000-000000000000", "", "", "", {}}).status ==
          404);
    CHECK(send(c.port(), {"POST", "/api/v1/unsubscribe?token=not-a-token", "", "", "", {}}).status == 404);
    // Reading what the link would stop changes nothing (mail scanners follow links).
    const auto described = send(c.port(), {"GET", "/api/v1/unsubscribe?token=" + token, "", "", "", {}});
    REQUIRE(described.status == 200);
    CHECK(described.json().at("kind").as_string() == "consortium_invitation");
    CHECK(described.json().at("email").as_bool());
    CHECK(described.json().at("can_switch_off").as_bool());
    // As a mail client's one-click POST (RFC 8058) sends it.
    const auto stopped = send(c.port(), {"POST", "/api/v1/unsubscribe?token=" + token, "List-Unsubscribe=One-Click",
                                         "application/x-www-form-urlencoded", "", {}});
    REQUIRE_MESSAGE(stopped.status == 200, stopped.body);
    CHECK(stopped.json().at("kind").as_string() == "consortium_invitation");
    CHECK_FALSE(stopped.json().at("email").as_bool());
    const auto settings = c.call("GET", "/api/v1/me/notification-settings", p.partner).json();
    for (const auto& item : settings.at("items").as_array())
        if (item.at("kind").as_string() == "consortium_invitation") CHECK_FALSE(item.at("email").as_bool());
}

TEST_CASE("organisations following a CPV code hear of matching notices and tenders") {
    Commissioning c;
    const auto follower = c.another_provider("Cyrenians", "staff@cyrenians.example");
    const auto builder = c.another_provider("Leith Builders", "staff@builders.example");
    const auto never = c.call("GET", "/api/v1/me/followed-cpv-codes", follower).json();
    CHECK(never.at("cpv_codes").as_array().empty());
    CHECK(never.at("changed_by").is_null());
    CHECK(never.at("changed_at").is_null());
    const auto bad = c.call("PUT", "/api/v1/me/followed-cpv-codes", follower, R"({"cpv_codes": ["85300000-2", "85300000"]})");
    CHECK(bad.status == 422);
    CHECK(contains(pointers(bad), "/cpv_codes/1"));
    // 85300000-2 (social work) covers the tender's 85312000-9; 45000000-7 (construction) does not.
    const auto followed = c.call("PUT", "/api/v1/me/followed-cpv-codes", follower, R"({"cpv_codes": ["85300000-2"]})");
    REQUIRE_MESSAGE(followed.status == 200, followed.body);
    CHECK(followed.json().at("cpv_codes").at(0).as_string() == "85300000-2");
    CHECK(followed.json().at("items").at(0).at("title").as_string() == "Social work and related services");
    // The list is shared by everyone at the organisation: it says who changed it last.
    const auto shared = c.call("GET", "/api/v1/me/followed-cpv-codes", follower).json();
    CHECK(shared.at("changed_by").at("display_name") == c.call("GET", "/api/v1/me", follower).json().at("display_name"));
    CHECK(shared.at("changed_at").is_string());
    CHECK(c.db.scalar("SELECT count(*) FROM audit_event WHERE event LIKE '%organisation.followed_codes%'") == "1");
    const auto building = c.call("PUT", "/api/v1/me/followed-cpv-codes", builder, R"({"cpv_codes": ["45000000-7"]})");
    REQUIRE(building.status == 200);
    CHECK(building.json().at("items").at(0).at("title").is_null());  // not a care code: no name carried
    CHECK(c.call("PUT", "/api/v1/me/followed-cpv-codes", c.edinburgh_officer, R"({"cpv_codes": []})").status == 403);

    const auto tender = c.published_pin();
    const auto heard = inbox(c, follower);
    REQUIRE(heard.at("items").as_array().size() == 1);
    CHECK(heard.at("items").at(0).at("kind").as_string() == "pin_published");
    CHECK(heard.at("items").at(0).at("link").as_string() == "/opportunities/" + id_of(tender));
    CHECK(inbox(c, builder).at("total").as_int64() == 0);
    CHECK(inbox(c, c.provider).at("total").as_int64() == 0);  // follows nothing, has registered no interest

    // Registered interest also counts once the tender opens, and the deadline is named in UK time.
    REQUIRE(c.call("PUT", tender + "/lots/" + c.first_lot(tender) + "/interest", c.provider).status / 100 == 2);
    c.open_stage1(tender, 1800s, 3600s);
    const auto opened = inbox(c, c.provider);
    REQUIRE(opened.at("items").as_array().size() == 1);
    CHECK(opened.at("items").at(0).at("kind").as_string() == "tender_published");
    const auto text = std::string{opened.at("items").at(0).at("text").as_string()};
    CHECK((text.find("(GMT)") != std::string::npos || text.find("(BST)") != std::string::npos));
    CHECK(inbox(c, follower).at("total").as_int64() == 2);
    CHECK(inbox(c, builder).at("total").as_int64() == 0);
}

TEST_CASE("commissioners hear of a question asked, and once when their panel has scored every bid") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    const auto rival = c.another_provider("Health in Mind", "staff@him.example");
    c.open_stage1(tender, 1h, 2h);
    REQUIRE(c.call("POST", tender + "/clarifications", c.provider, R"({"question": "Is travel time paid?"})").status == 201);
    const auto kinds = [&](const std::string& token) {
        std::vector<std::string> out;
        const auto items = inbox(c, token);
        for (const auto& item : items.at("items").as_array()) out.emplace_back(item.at("kind").as_string());
        return out;
    };
    CHECK(kinds(c.edinburgh_officer) == std::vector<std::string>{"clarification_asked"});
    CHECK(kinds(c.glasgow_officer).empty());  // another body's officer
    CHECK(kinds(c.panellist).empty());         // the owning body's panellist is not told

    const std::vector<std::string> bids{c.submitted_bid(tender, lot, c.provider, "Pilton alone"),
                                        c.submitted_bid(tender, lot, rival, "Health in Mind")};
    c.server->pass_time(2h + 1s);  // past the stage-1 deadline
    REQUIRE(c.call("POST", tender + "/actions/close_stage1", c.edinburgh_officer).status == 200);
    c.score_bids(tender, {bids[0]});
    CHECK(kinds(c.edinburgh_officer).size() == 1);  // one bid still waits
    c.score_bids(tender, {bids[1]});
    const auto told = inbox(c, c.edinburgh_officer).at("items").at(0).as_object();
    CHECK(told.at("kind").as_string() == "scoring_complete");
    CHECK(told.at("link").as_string() == "/tenders/" + id_of(tender) + "/evaluation");
    CHECK(told.at("text").as_string().find("No scores disagree") != std::string::npos);
    CHECK(kinds(c.edinburgh_officer).size() == 2);
}
