#include "domain/notification.hpp"

#include <doctest/doctest.h>

#include "tests/support/violations.hpp"

using namespace collabtender::domain;

namespace {

const MessageLinks links{"https://tenders.example/invitations", "https://tenders.example/notifications/settings",
                         "https://tenders.example/unsubscribe?token=abc"};

const std::map<std::string, std::string> values{{"lead", "Pilton Community Health Project"},
                                                {"organisation", "Canongate Youth"},
                                                {"consortium", "North West Together"},
                                                {"tender", "Community support <Edinburgh> & \"Leith\""},
                                                {"reference", "EDI-2026-014"},
                                                {"lot", "Leith"},
                                                {"lot_number", "1"},
                                                {"section", "Response 1"},
                                                {"buyer", "Edinburgh HSCP"},
                                                {"answer", "accepted"},
                                                {"deadline", "1 March 2027, 12:00"},
                                                {"stage", "1"},
                                                {"submitted_at", "1 March 2027, 11:59"},
                                                {"sha256", "ab12"},
                                                {"gate", "insurance"},
                                                {"reason", "Send your certificate."},
                                                {"panel", "Lot 1 panel"},
                                                {"standstill_ends", "11 March 2027"},
                                                {"time_left", "a day"},
                                                {"due", "5 March 2027, 17:00 (GMT)"},
                                                {"bids", "3 bids"},
                                                {"previous", "1 March 2027, 12:00 (GMT)"}};

}  // namespace

TEST_CASE("every kind has wording, and every placeholder in it is filled") {
    for (const auto& kind : notification_kinds()) {
        CAPTURE(kind.name);
        const auto message = render_message(kind, values, links);
        CHECK_FALSE(message.subject.empty());
        CHECK_FALSE(message.body.empty());
        CHECK(message.text.find("{{") == std::string::npos);
        CHECK(message.html.find("{{") == std::string::npos);
        CHECK(message.text.find(links.open) != std::string::npos);
        CHECK(message.html.find("<a href=\"" + links.open + "\">") != std::string::npos);
        CHECK(message.subject.find('\n') == std::string::npos);
    }
}

TEST_CASE("values are escaped in HTML and can never become links") {
    auto hostile = values;
    hostile["tender"] = "[Click here](https://evil.example) <script>alert(1)</script>";
    const auto message = render_message(*find_notification_kind("consortium_invitation"), hostile, links);
    CHECK(message.html.find("<script>") == std::string::npos);
    CHECK(message.html.find("&lt;script&gt;") != std::string::npos);
    CHECK(message.html.find("href=\"https://evil.example") == std::string::npos);
    CHECK(message.text.find("[Click here](https://evil.example)") != std::string::npos);
    CHECK(message.subject.find("[Click here](https://evil.example)") != std::string::npos);
}

TEST_CASE("optional kinds offer an unsubscribe link, and formal notices say they cannot be switched off") {
    const auto optional = render_message(*find_notification_kind("mentioned"), values, links);
    CHECK(optional.text.find(links.unsubscribe) != std::string::npos);
    CHECK(optional.html.find("href=\"" + links.unsubscribe.substr(0, 38)) != std::string::npos);
    const auto legal = render_message(*find_notification_kind("award_proposed"), values, links);
    CHECK(legal.text.find(links.unsubscribe) == std::string::npos);
    CHECK(legal.text.find("cannot be switched off") != std::string::npos);
    CHECK(legal.text.find(links.settings) != std::string::npos);
}

TEST_CASE("the in-app body is the paragraphs alone, and the email text wraps at 72 characters") {
    const auto message = render_message(*find_notification_kind("pin_published"), values, links);
    CHECK(message.body.find("You get this email") == std::string::npos);
    CHECK(message.body.find("Edinburgh HSCP has published a prior information notice") == 0);
    CHECK(message.body.find("Read the notice") == std::string::npos);  // the link is the app's own button
    CHECK(message.action == "Read the notice");
    std::size_t start = 0;
    while (start < message.text.size()) {
        auto end = message.text.find('\n', start);
        if (end == std::string::npos) end = message.text.size();
        const auto line = message.text.substr(start, end - start);
        CAPTURE(line);
        CHECK((line.size() <= 72 || line.find(' ') == std::string::npos || line.find("https://") != std::string::npos));
        start = end + 1;
    }
}

TEST_CASE("kinds are found by name, and unknown ones are not") {
    CHECK(find_notification_kind("award_confirmed")->legal);
    CHECK_FALSE(find_notification_kind("mentioned")->legal);
    CHECK(find_notification_kind("no_such_kind") == nullptr);
}

TEST_CASE("email choices name the role's own kinds, as true or false, and never switch a formal notice off") {
    using collabtender::test::has;
    const auto found = check_email_choices(Role::provider, {{"consortium_invitation", false},
                                                            {"bid_submitted", true},
                                                            {"bid_submitted", false},
                                                            {"panel_membership", true},
                                                            {"no_such_kind", true},
                                                            {"pin_published", std::nullopt}});
    REQUIRE(found.size() == 4);
    CHECK(has(found, "/email/bid_submitted", "cannot_switch_off"));
    CHECK(has(found, "/email/panel_membership", "unknown_kind"));
    CHECK(has(found, "/email/no_such_kind", "unknown_kind"));
    CHECK(has(found, "/email/pin_published", "invalid_type"));
    CHECK(check_email_choices(Role::panellist, {{"panel_membership", false}}).empty());
}

TEST_CASE("a kind comes by email unless switched off, and a formal notice always does") {
    const auto& optional = *find_notification_kind("consortium_invitation");
    const auto& legal = *find_notification_kind("bid_submitted");
    CHECK(comes_by_email(optional, {}));
    CHECK(comes_by_email(optional, {{"consortium_invitation", true}}));
    CHECK_FALSE(comes_by_email(optional, {{"consortium_invitation", false}}));
    CHECK(comes_by_email(legal, {{"bid_submitted", false}}));
}
