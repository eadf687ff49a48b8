// A corpus of hostile requests against the running server: broken and truncated
// JSON, wrong types, huge numbers, deep nesting, invalid UTF-8, NUL bytes,
// enormous strings, duplicate keys, wrong content types, path traversal, SQL
// metacharacters in ids and fields, oversized bodies and headers, pipelined
// garbage and slow-drip bodies. Each is answered with a 4xx problem+json (or,
// for a client that stops sending, a closed connection), nothing crashes, and
// the database is exactly as it was.
#include <doctest/doctest.h>

#include <future>
#include <thread>

#include <boost/json.hpp>

#include "tests/support/commissioning.hpp"

using namespace collabtender::test;
using namespace std::chrono_literals;

namespace {

// Every table's rows, hashed: equal fingerprints mean nothing was written.
// Presence heartbeats are ephemeral, and failed sign-ins are recorded by design.
std::string fingerprint(const TestDatabase& db) {
    return db.scalar(
        "SELECT string_agg(c.relname || ':' || (xpath('/row/h/text()', query_to_xml(format("
        "'SELECT md5(coalesce(string_agg(t::text, ''|'' ORDER BY t::text), '''')) AS h FROM %I t', c.relname), "
        "false, true, '')))[1]::text, ',' ORDER BY c.relname) "
        "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname NOT IN ('section_presence', 'login_throttle')");
}

struct Target {
    std::string method, path, token, if_match;
    std::string valid;  // a body this endpoint accepts
};

struct Hostile {
    std::string name;
    HttpRequest request;
};

// Bodies that are not JSON, or not JSON this service takes.
std::vector<std::pair<std::string, std::string>> broken_bodies(const std::string& valid) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto cut : {1, 2, 5, 10, 20, 40})
        if (valid.size() > static_cast<std::size_t>(cut)) out.emplace_back("truncated", valid.substr(0, valid.size() - cut));
    out.emplace_back("empty", "");
    out.emplace_back("trailing comma", R"({"title": "x",})");
    out.emplace_back("single quotes", "{'title': 'x'}");
    out.emplace_back("unquoted key", "{title: 1}");
    out.emplace_back("NaN", R"({"title": NaN})");
    out.emplace_back("comment", "{/* note */}");
    out.emplace_back("byte order mark", "\xEF\xBB\xBF{}");
    out.emplace_back("two documents", "{}{}");
    out.emplace_back("an array", "[1, 2, 3]");
    out.emplace_back("a string", "\"just text\"");
    out.emplace_back("null", "null");
    out.emplace_back("huge exponent", R"({"title": 1e400})");
    out.emplace_back("huge integer", R"({"title": 123456789012345678901234567890})");
    out.emplace_back("negative huge", R"({"title": -1e309})");
    out.emplace_back("deep arrays", std::string(5000, '[') + std::string(5000, ']'));
    std::string deep_objects;
    for (int i = 0; i < 2000; ++i) deep_objects += R"({"a":)";
    out.emplace_back("deep objects", deep_objects + "1" + std::string(2000, '}'));
    out.emplace_back("invalid UTF-8", "{\"title\": \"\xFF\xFE\"}");
    out.emplace_back("overlong UTF-8", "{\"title\": \"\xC0\xAF\"}");
    out.emplace_back("lone surrogate", R"({"title": "\ud800"})");
    out.emplace_back("raw NUL", std::string("{\"title\": \"a\0b\"}", 16));
    out.emplace_back("escaped NUL", R"({"title": "a\u0000b"})");
    out.emplace_back("control character", "{\"title\": \"a\x01b\"}");
    out.emplace_back("duplicate keys", R"({"title": "a", "title": "b"})");
    out.emplace_back("unknown field only", R"({"no_such_field": 1})");
    out.emplace_back("enormous string", R"({"title": ")" + std::string(900 * 1024, 'x') + R"("})");
    out.emplace_back("many keys", [] {
        std::string s = "{";
        for (int i = 0; i < 20000; ++i) s += "\"k" + std::to_string(i) + "\":1,";
        s.back() = '}';
        return s;
    }());
    return out;
}

// The valid body with each of its top-level fields in turn given a wrong type,
// and SQL metacharacters in every text field of a body that also carries an
// unknown field (so that it is refused, and only for that).
std::vector<std::pair<std::string, std::string>> wrong_values(const std::string& valid) {
    std::vector<std::pair<std::string, std::string>> out;
    const auto object = boost::json::parse(valid).as_object();
    for (const auto& [key, value] : object) {
        std::vector<boost::json::value> wrong;
        if (value.is_string()) wrong = {boost::json::value(12), boost::json::array{}, boost::json::object{}};
        else if (value.is_number()) wrong = {boost::json::value("12"), boost::json::value(1.5e300), boost::json::value(-1)};
        else if (value.is_bool()) wrong = {boost::json::value("true"), boost::json::value(1)};
        else wrong = {boost::json::value(true), boost::json::value("x")};
        for (const auto& w : wrong) {
            auto changed = object;
            changed[key] = w;
            out.emplace_back("wrong type for " + std::string{key}, boost::json::serialize(changed));
        }
    }
    auto injected = object;
    for (auto& [key, v] : injected)
        if (v.is_string()) v = "'; DROP TABLE tender; -- \" OR 1=1 /*";
    injected["x'); DELETE FROM tender; --"] = 1;
    out.emplace_back("SQL text", boost::json::serialize(injected));
    return out;
}

}  // namespace

TEST_CASE("every hostile request gets a 4xx problem and leaves the database as it was") {
    Commissioning c;
    const auto tender = c.published_pin();
    const auto lot = c.first_lot(tender);
    c.open_stage1(tender, 1800s, 3600s);
    const auto bid = c.lone_bid(tender, lot, c.provider, "Pilton alone");
    const auto draft = c.draft("EDI-HOSTILE");

    const std::vector<Target> targets{
        {"POST", "/api/v1/tenders", c.edinburgh_officer, "", Commissioning::tender_body("EDI-NEW")},
        {"PATCH", draft, c.edinburgh_officer, c.call("GET", draft, c.edinburgh_officer).header("etag"),
         R"({"title": "A new title", "contract_term_months": 36})"},
        {"POST", draft + "/lots", c.edinburgh_officer, "", lot_body(2)},
        {"POST", tender + "/clarifications", c.provider, "", R"({"question": "May partners share a coordinator?"})"},
        {"PATCH", bid, c.provider, "\"1\"", R"({"responses": {"0": "We listen first."}})"},
        {"POST", tender + "/consortia", c.provider, "", R"({"name": "Another try"})"},
        {"POST", "/api/v1/auth/login", "", "", R"({"email": "nobody@example.org", "password": "a long enough password"})"},
    };

    std::vector<Hostile> corpus;
    for (const auto& t : targets) {
        auto request = [&](const std::string& body, const std::string& type = "application/json") {
            HttpRequest r{t.method, t.path, body, type, t.token, {}};
            if (!t.if_match.empty()) r.headers["If-Match"] = t.if_match;
            return r;
        };
        for (const auto& [name, body] : broken_bodies(t.valid)) corpus.push_back({t.path + ": " + name, request(body)});
        for (const auto& [name, body] : wrong_values(t.valid)) corpus.push_back({t.path + ": " + name, request(body)});
        for (const auto* type : {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                                 "application/xml", "", "application/jsonx"})
            corpus.push_back({t.path + ": content type " + type, request(t.valid, type)});
    }
    // Ids and queries that are not what they should be.
    for (const auto* id : {"1' OR '1'='1", "1;DROP TABLE tender", "..%2F..%2Fetc%2Fpasswd", "%00", "00000000-0000-0000-0000-00000000000g",
                           "-1", "99999999999999999999"}) {
        corpus.push_back({std::string{"tender id "} + id, {"GET", "/api/v1/tenders/" + std::string{id}, "", "", c.provider, {}}});
        corpus.push_back({std::string{"bid id "} + id, {"PATCH", "/api/v1/bids/" + std::string{id}, "{}", "application/json",
                                                          c.provider, {{"If-Match", "\"1\""}}}});
    }
    for (const auto* name : {"..%2F..%2Fetc%2Fpasswd", "../secret.pdf", "a%2Fb.pdf", "%5C..%5Cwin.ini", "", "x%00.pdf"})
        corpus.push_back({std::string{"document name "} + name,
                          {"POST", bid + "/documents?filename=" + std::string{name}, "%PDF-1.7\n%%EOF\n", "application/pdf",
                           c.provider, {}}});
    for (const auto* query : {"?stage=1'--", "?stage=3", "?stage=", "?limit=-5", "?limit=99999999999", "?offset=x",
                              "?stage=1&stage=2", "?%zz=1", "?limit=%FF", "?offset=%01"})
        corpus.push_back({std::string{"query "} + query, {"GET", "/api/v1/tenders" + std::string{query}, "", "", c.provider, {}}});
    corpus.push_back({"oversized body", {"POST", "/api/v1/tenders", std::string(2 * 1024 * 1024, ' '), "application/json",
                                         c.edinburgh_officer, {}}});
    corpus.push_back({"oversized header", {"GET", "/api/v1/tenders", "", "", c.provider, {{"X-Pad", std::string(20000, 'a')}}}});
    corpus.push_back({"bad token", {"GET", "/api/v1/me", "", "", "'; SELECT 1; --", {}}});
    corpus.push_back({"If-Match garbage", {"PATCH", bid, R"({"responses": {}})", "application/json", c.provider,
                                           {{"If-Match", "\"1\"; DROP"}}}});
    REQUIRE(corpus.size() >= 200);

    const auto before = fingerprint(c.db);
    int refused = 0;
    for (const auto& h : corpus) {
        CAPTURE(h.name);
        const auto response = send(c.port(), h.request);
        CHECK(response.status >= 400);
        CHECK(response.status < 500);
        CHECK(response.header("content-type") == "application/problem+json");
        CHECK_FALSE(boost::json::parse(response.body).at("type").as_string().empty());
        refused += response.status >= 400 && response.status < 500;
    }
    MESSAGE(refused << " of " << corpus.size() << " hostile requests refused with a 4xx problem");

    // Below HTTP: garbage, alone and after a good request on the same connection.
    for (const auto* garbage : {"GARBAGE\r\n\r\n", "GET /healthz HTTP/9.9\r\n\r\n", "GET /healthz HTTP/1.1\r\nHost x\r\n\r\n",
                                "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"}) {
        const auto answer = exchange_raw(c.port(), garbage);
        CHECK_MESSAGE(answer.status == 400, garbage);
    }
    const auto pipelined =
        exchange_raw_many(c.port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n\x01\x02 NOT HTTP AT ALL\r\n\r\n", 2);
    REQUIRE(pipelined.size() == 2);
    CHECK(pipelined[0].status == 200);
    CHECK(pipelined[1].status == 400);
    CHECK(pipelined[1].header("content-type") == "application/problem+json");

    CHECK(fingerprint(c.db) == before);
    CHECK(get(c.port(), "/healthz").status == 200);
}

TEST_CASE("a slow-drip body is cut off at the read timeout while others are served") {
    TestDatabase db;
    ServerProcess server{db.url(), {"--read-timeout", "2"}};
    const auto started = std::chrono::steady_clock::now();
    auto drip = std::async(std::launch::async, [&] {
        // Declares 1000 bytes and sends a few: the whole request must arrive in time.
        return exchange_raw(server.port(),
                            "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                            "Content-Length: 1000\r\n\r\n{\"email\":",
                            20s);
    });
    std::this_thread::sleep_for(500ms);
    CHECK(get(server.port(), "/healthz").status == 200);
    CHECK(drip.get().status == 0);  // closed, not answered: nothing of it was processed
    CHECK(std::chrono::steady_clock::now() - started < 10s);
}

TEST_CASE("SQL metacharacters in text are kept as text, exactly") {
    Commissioning c;
    const std::string title = "Robert'); DROP TABLE tender; -- \" /* \\ $1 %s";
    auto body = boost::json::parse(Commissioning::tender_body("EDI-QUOTES")).as_object();
    body["title"] = title;
    const auto created = c.call("POST", "/api/v1/tenders", c.edinburgh_officer, boost::json::serialize(body));
    REQUIRE_MESSAGE(created.status == 201, created.body);
    CHECK(c.call("GET", created.header("location"), c.edinburgh_officer).json().at("title").as_string() == title);
    CHECK(c.db.scalar("SELECT count(*) FROM tender") == "1");
}
