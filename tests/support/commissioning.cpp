#include "tests/support/commissioning.hpp"

#include <algorithm>
#include <stdexcept>

#include <boost/json.hpp>

#include "domain/time_format.hpp"
#include "tests/support/accounts.hpp"

namespace collabtender::test {

WithAdmin::WithAdmin() {
    create_user(db.url(), edinburgh, "admin@edinburgh.example", "admin", test_password);
    admin = login(port(), "admin@edinburgh.example", test_password);
}

Commissioning::Commissioning(const std::vector<std::string>& server_args) {
    edinburgh = create_organisation(db.url(), "Edinburgh HSCP", "commissioning_body",
                                    "Waverley Court\n4 East Market Street\nEdinburgh EH8 8BG");
    const auto glasgow = create_organisation(db.url(), "Glasgow HSCP", "commissioning_body");
    provider_organisation = create_organisation(db.url(), "Pilton Community Health Project", "provider");
    create_user(db.url(), edinburgh, "officer@edinburgh.example", "commissioner", test_password);
    create_user(db.url(), edinburgh, "panel@edinburgh.example", "panellist", test_password);
    create_user(db.url(), glasgow, "officer@glasgow.example", "commissioner", test_password);
    create_user(db.url(), provider_organisation, "staff@pilton.example", "provider", test_password);
    server = std::make_unique<ServerProcess>(db.url(), server_args);
    edinburgh_officer = login(port(), "officer@edinburgh.example", test_password);
    glasgow_officer = login(port(), "officer@glasgow.example", test_password);
    provider = login(port(), "staff@pilton.example", test_password);
    panellist = login(port(), "panel@edinburgh.example", test_password);
}

HttpResponse Commissioning::call(const std::string& method, const std::string& target, const std::string& token,
                                 const std::string& body, const std::string& if_match) const {
    HttpRequest request{method, target, body, "application/json", token, {}};
    if (!if_match.empty()) request.headers["If-Match"] = if_match;
    return send(port(), request);
}

std::string Commissioning::draft(const std::string& reference) const {
    const auto created = call("POST", "/api/v1/tenders", edinburgh_officer, tender_body(reference));
    if (created.status != 201) throw std::runtime_error{"creating a draft failed: " + created.body};
    return created.header("location");
}

std::string Commissioning::published_pin(const std::string& reference) const {
    const auto path = draft(reference);
    if (call("POST", path + "/lots", edinburgh_officer, lot_body(1)).status != 201)
        throw std::runtime_error{"adding a lot failed"};
    const auto published = call("POST", path + "/actions/publish_pin", edinburgh_officer);
    if (published.status != 200) throw std::runtime_error{"publishing the PIN failed: " + published.body};
    return path;
}

void Commissioning::open_stage1(const std::string& tender, std::chrono::seconds cutoff, std::chrono::seconds deadline,
                                std::chrono::seconds stage2) const {
    auto version = call("GET", tender, edinburgh_officer).header("etag");
    version = call("PUT", tender + "/criteria", edinburgh_officer, criteria_body, version).header("etag");
    version = call("PUT", tender + "/gates", edinburgh_officer, gates_body, version).header("etag");
    // From the server's time, which rules go by, and which the test may have moved on.
    const auto now = server->pass_time(std::chrono::seconds{0});
    const auto from_now = [&](std::chrono::seconds offset) { return domain::format_rfc3339(now + offset); };
    const auto timetable = boost::json::serialize(boost::json::object{
        {"timetable",
         {{"clarification_cutoff", from_now(cutoff)},
          {"stage1_deadline", from_now(deadline)},
          {"stage2_deadline", from_now(stage2.count() > 0 ? stage2 : deadline * 30)}}}});
    if (call("PATCH", tender, edinburgh_officer, timetable, version).status != 200)
        throw std::runtime_error{"setting the timetable failed"};
    const auto opened = call("POST", tender + "/actions/open_stage1", edinburgh_officer);
    if (opened.status != 200) throw std::runtime_error{"opening stage 1 failed: " + opened.body};
}

std::string Commissioning::first_lot(const std::string& tender) const {
    return std::string{call("GET", tender + "/lots", provider).json().at("items").at(0).at("id").as_string()};
}

std::string Commissioning::lone_bid(const std::string& tender, const std::string& lot, const std::string& token,
                                    const std::string& name) const {
    const auto consortium = call("POST", tender + "/consortia", token, R"({"name": ")" + name + R"("})").header("location");
    const auto bid = call("POST", consortium + "/bids", token, R"({"lot_id": ")" + lot + R"("})");
    if (bid.status != 201) throw std::runtime_error{"creating a bid failed: " + bid.body};
    return bid.header("location");
}

std::string Commissioning::submitted_bid(const std::string& tender, const std::string& lot, const std::string& token,
                                         const std::string& name) const {
    const auto bid = lone_bid(tender, lot, token, name);
    if (call("PATCH", bid, token, draft_with_rate(1400), "\"1\"").status != 200)
        throw std::runtime_error{"completing the draft failed"};
    sign_off(bid, {token});
    const auto sent = send(port(), {"POST", bid + "/submissions", declaration_body, "application/json", token, {{"Idempotency-Key", "first"}}});
    if (sent.status != 201) throw std::runtime_error{"submitting the bid failed: " + sent.body};
    return bid;
}

Commissioning::BidToScore Commissioning::bid_to_score(const std::string& reference) const {
    const auto tender = published_pin(reference);
    open_stage1(tender, std::chrono::hours{1}, std::chrono::hours{2});
    const auto bid = submitted_bid(tender, first_lot(tender), provider, "Pilton alone");
    server->pass_time(std::chrono::hours{2} + std::chrono::seconds{1});
    if (call("POST", tender + "/actions/close_stage1", edinburgh_officer).status != 200)
        throw std::runtime_error{"closing stage 1 failed"};
    form_panel(tender);
    if (call("PUT", bid + "/conflict-declaration", panellist, R"({"conflicted": false})").status != 200)
        throw std::runtime_error{"declaring no conflict failed"};
    return {tender, bid};
}

std::vector<std::string> Commissioning::lots(const std::string& tender) const {
    std::vector<std::string> out;
    const auto listed = call("GET", tender + "/lots", provider).json();
    for (const auto& lot : listed.at("items").as_array()) out.emplace_back(lot.at("id").as_string());
    return out;
}

std::string Commissioning::form_panel(const std::string& tender, const std::string& scoring_due_at) const {
    const auto me = call("GET", "/api/v1/me", panellist).json();
    boost::json::object panel{{"name", "Tender panel"},
                              {"members", {{{"user_id", me.at("id")}, {"kind", "lived_experience"}, {"chair", true}}}}};
    if (!scoring_due_at.empty()) panel["scoring_due_at"] = scoring_due_at;
    const auto formed = call("POST", tender + "/panels", edinburgh_officer, boost::json::serialize(panel));
    if (formed.status != 201) throw std::runtime_error{"forming the panel failed: " + formed.body};
    return formed.header("location");
}

void Commissioning::score_bids(const std::string& tender, const std::vector<std::string>& bids, int score) const {
    if (call("GET", tender + "/panels", edinburgh_officer).json().at("items").as_array().empty()) form_panel(tender);
    const auto body = R"({"score": )" + std::to_string(score) + R"(, "justification": "Meets the outcomes"})";
    for (const auto& bid : bids) {
        bool scored = call("PUT", bid + "/conflict-declaration", panellist, R"({"conflicted": false})").status == 200;
        for (const auto* criterion : {"0", "1"})
            scored = scored && call("PUT", bid + "/my-scores/" + criterion, panellist, body).status == 200;
        if (!scored || call("POST", bid + "/my-scores/submission", panellist).status != 200)
            throw std::runtime_error{"scoring " + bid + " failed"};
    }
}

void Commissioning::sign_off(const std::string& bid, const std::vector<std::string>& tokens) const {
    const auto current = call("GET", bid + "/sign-offs", tokens.front());
    if (current.status != 200) return;
    const auto digest = std::string{current.json().at("draft_sha256").as_string()};
    for (const auto& token : tokens) call("POST", bid + "/sign-offs", token, R"({"draft_sha256": ")" + digest + R"("})");
}

std::string Commissioning::another_provider(const std::string& name, const std::string& email) const {
    const auto organisation = create_organisation(db.url(), name, "provider");
    create_user(db.url(), organisation, email, "provider", test_password);
    return login(port(), email, test_password);
}

std::string Commissioning::tender_body(const std::string& reference) {
    return boost::json::serialize(boost::json::object{
        {"reference", reference},
        {"title", "Thrive Welcome Teams"},
        {"description", "Community mental-health support across Edinburgh's localities."},
        {"cpv_codes", {"85312000-9"}},
        {"contract_term_months", 60},
        {"extension_months", 24},
        {"estimated_value_pence", 4'200'000'000LL},
        {"outcomes", {"People feel welcome and connected"}},
        {"partnership_bids_expected", true},
        {"partnership_statement", "We expect partnership bids for every lot."},
        {"pin_summary", "Nine lots of community mental-health support; information sessions in March."},
    });
}

std::string lot_body(int number) {
    return boost::json::serialize(boost::json::object{{"number", number},
                                                      {"title", "Welcome Team " + std::to_string(number)},
                                                      {"description", "A locality welcome team"},
                                                      {"locality_or_theme", "North West"},
                                                      {"annual_value_pence", 90'000'000},
                                                      {"term_months", 60}});
}

const char* const criteria_body = R"({"criteria": [
    {"title": "Person-led support", "weight": 60, "word_limit": 1000, "min_score": 1},
    {"title": "Partnership working", "weight": 40, "panel_guidance": "Look for shared accountability"}]})";

const char* const gates_body = R"({"gates": [
    {"kind": "insurance", "parameters": {"employers_liability_pence": 500000000,
        "public_liability_pence": 1000000000, "professional_indemnity_pence": 200000000}},
    {"kind": "fair_work_first", "parameters": {"minimum_hourly_rate_pence": 1345}},
    {"kind": "spd_mandatory_exclusions", "parameters": {}}]})";

std::string draft_with_rate(int hourly_rate_pence) {
    return R"({
  "responses": {"0": "We plan support with each person.", "1": "Two charities share one accountable lead."},
  "declarations": {
    "0": {"employers_liability_pence": 500000000, "public_liability_pence": 1000000000,
          "professional_indemnity_pence": 200000000, "expires_at": "2030-12-31T00:00:00Z"},
    "1": {"committed": true, "hourly_rate_pence": )" +
           std::to_string(hourly_rate_pence) + R"(},
    "2": {"any_ground_applies": false}}})";
}

std::string id_of(const std::string& path) { return path.substr(path.rfind('/') + 1); }

std::string at(std::chrono::seconds from_now) {
    return domain::format_rfc3339(std::chrono::system_clock::now() + from_now);
}

std::vector<std::string> pointers(const HttpResponse& response) {
    std::vector<std::string> out;
    const auto body = response.json();
    for (const auto& e : body.at("errors").as_array()) out.emplace_back(e.at("pointer").as_string());
    return out;
}

bool contains(const std::vector<std::string>& items, const std::string& item) {
    return std::find(items.begin(), items.end(), item) != items.end();
}

}  // namespace collabtender::test
