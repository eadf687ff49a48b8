#include "api/json_body.hpp"

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include "api/problem.hpp"
#include "api/refusals.hpp"

using namespace collabtender::api;

namespace {
Request with_body(std::string body, std::string content_type = "application/json") {
    Request request;
    request.headers["content-type"] = std::move(content_type);
    request.body = std::move(body);
    return request;
}

int status_of(const Request& request) {
    try {
        parse_json_object(request);
    } catch (const Problem& problem) {
        return problem.status();
    }
    return 200;
}

std::string detail_of(const Request& request) {
    try {
        parse_json_object(request);
    } catch (const Problem& problem) {
        return boost::json::parse(problem.to_response("").body).at("detail").as_string().c_str();
    }
    return {};
}

// A command with its reader, as api/<resource>/commands.cpp write them.
struct Greeting {
    std::string name = "nobody";
    int times = 1;
};
Greeting tag_invoke(boost::json::value_to_tag<Greeting>, const boost::json::value& body) {
    FieldReader fields{body.as_object()};
    Greeting out;
    fields.text("name", out.name, Need::optional);
    fields.integer("times", out.times, Need::optional);
    fields.finish();
    return out;
}

std::vector<std::string> pointers_of(const Problem& problem) {
    const auto body = boost::json::parse(problem.to_response("").body);
    std::vector<std::string> out;
    for (const auto& e : body.at("errors").as_array())
        out.emplace_back(e.at("pointer").as_string());
    return out;
}
}  // namespace

TEST_CASE("a command is read from the body by its tag_invoke, with every violation reported at once") {
    const auto read = read_command<Greeting>(with_body(R"({"name": "Pilton", "times": 2})"));
    CHECK(read.name == "Pilton");
    CHECK(read.times == 2);
    try {
        read_command<Greeting>(with_body(R"({"name": 3, "times": "x", "colour": 1})"));
        FAIL("read a command with three violations");
    } catch (const collabtender::domain::Refusal& refusal) {
        const auto problem = problem_for(refusal);
        CHECK(problem.status() == 422);
        CHECK(pointers_of(problem) == std::vector<std::string>{"/name", "/times", "/colour"});
    }
    // A body that may be left out reads as {}; one that may not is not JSON.
    CHECK(read_command<Greeting>(with_body(""), Need::optional).name == "nobody");
    CHECK_THROWS_AS(read_command<Greeting>(with_body("")), Problem);
}

TEST_CASE("JSON bodies need a JSON content type, parameters allowed") {
    CHECK(status_of(with_body("{}")) == 200);
    CHECK(status_of(with_body("{}", "Application/JSON; charset=utf-8")) == 200);
    CHECK(status_of(with_body("{}", "text/plain")) == 415);
    Request no_type;
    no_type.body = "{}";
    CHECK(status_of(no_type) == 415);
}

TEST_CASE("malformed JSON is a 400 that says where it broke") {
    CHECK(status_of(with_body("{\"a\": 1,\n \"b\": nope}")) == 400);
    CHECK(detail_of(with_body("{\"a\": 1,\n \"b\": nope}")).find("line 2, column 7") != std::string::npos);
    CHECK(status_of(with_body("{\"a\": 1")) == 400);
    CHECK(status_of(with_body("")) == 400);
    CHECK(status_of(with_body("{} {}")) == 400);
}

TEST_CASE("a JSON document that is not an object is a 422") { CHECK(status_of(with_body("[1, 2]")) == 422); }

TEST_CASE("a key given twice in one object is refused at any depth, but the same key in different objects is not") {
    CHECK(status_of(with_body(R"({"a": 1, "a": 2})")) == 400);
    CHECK(detail_of(with_body(R"({"a": 1, "a": 2})")).find("\"a\" appears twice") != std::string::npos);
    CHECK(status_of(with_body(R"({"x": [{"a": 1}, {"b": {"c": 1, "c": 1}}]})")) == 400);
    CHECK(status_of(with_body(R"({"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]})")) == 200);
}

TEST_CASE("control characters other than tab and line breaks are refused in keys and strings") {
    CHECK(status_of(with_body(R"({"a": "x\u0000y"})")) == 400);
    CHECK(status_of(with_body(R"({"a\u0001": 1})")) == 400);
    CHECK(status_of(with_body(R"({"a": ["ok", "\u001f"]})")) == 400);
    CHECK(status_of(with_body(R"({"a": "line one\nline two\ttabbed\r\n"})")) == 200);
}

TEST_CASE("the field reader reports every missing or mistyped field together") {
    const auto object = boost::json::parse(R"({"email": 5, "note": "x"})").as_object();
    FieldReader fields{object};
    CHECK(fields.required_string("email").empty());
    CHECK(fields.required_string("password").empty());
    CHECK(fields.optional_string("note") == "x");
    CHECK_FALSE(fields.optional_string("absent"));
    try {
        fields.finish();
        FAIL("expected a validation problem");
    } catch (const collabtender::domain::Refusal& refusal) {
        const auto problem = problem_for(refusal);
        const auto errors = boost::json::parse(problem.to_response("").body).at("errors").as_array();
        REQUIRE(errors.size() == 2);
        CHECK(errors[0].at("pointer").as_string() == "/email");
        CHECK(errors[0].at("code").as_string() == "wrong_type");
        CHECK(errors[1].at("pointer").as_string() == "/password");
        CHECK(errors[1].at("code").as_string() == "required");
    }
}

TEST_CASE("null is not a value for a field that cannot be null, even an optional one or in a patch") {
    const auto object =
        boost::json::parse(R"({"share": null, "name": null, "tags": null, "flag": null, "note": null, "when": null})")
            .as_object();
    FieldReader fields{object};
    int share = 10000;
    std::string name = "kept";
    std::vector<std::string> tags;
    bool flag = false;
    std::optional<std::string> note = "x";
    std::optional<collabtender::domain::TimePoint> when;
    fields.integer("share", share, Need::optional);
    fields.text("name", name, Need::required);
    fields.texts("tags", tags, Need::optional);
    fields.boolean("flag", flag, Need::optional);
    fields.nullable_text("note", note);  // nullable: null clears it
    fields.nullable_time("when", when);
    CHECK(share == 10000);
    CHECK_FALSE(note);
    std::vector<std::pair<std::string, std::string>> found;
    for (const auto& v : fields.findings()) found.emplace_back(v.pointer, v.code);
    CHECK(found == std::vector<std::pair<std::string, std::string>>{
                       {"/share", "wrong_type"}, {"/name", "required"}, {"/tags", "wrong_type"}, {"/flag", "wrong_type"}});

    const auto patch_body = boost::json::parse(R"({"name": null})").as_object();
    FieldReader patch{patch_body, "", true};
    patch.text("name", name);
    REQUIRE(patch.findings().size() == 1);  // a patch leaves out what it keeps; null is not "keep"
    CHECK(patch.findings()[0].code == "wrong_type");
    CHECK(name == "kept");
}
