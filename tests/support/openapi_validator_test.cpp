#include "tests/support/openapi_validator.hpp"

#include <boost/json.hpp>
#include <doctest/doctest.h>

using namespace collabtender::test;
namespace json = boost::json;

namespace {

// The pointers and messages of a validation, one "pointer: message" line each.
std::vector<std::string> mismatches(const json::value& root, const char* schema, const char* instance) {
    std::vector<std::string> out;
    for (const auto& m : SchemaValidator{root}.validate(json::parse(schema), json::parse(instance)))
        out.push_back(m.pointer + ": " + m.message);
    return out;
}

std::vector<std::string> mismatches(const char* schema, const char* instance) {
    static const json::value empty = json::object{};
    return mismatches(empty, schema, instance);
}

const json::value components = json::parse(R"({"components": {"schemas": {
    "Member": {"type": "object", "required": ["id", "role"], "additionalProperties": false,
               "properties": {"id": {"type": "string", "format": "uuid"},
                              "role": {"enum": ["lead", "partner"]},
                              "share_bp": {"type": ["integer", "null"], "minimum": 0, "maximum": 10000},
                              "password": {"type": "string", "writeOnly": true}}},
    "Named~/x": {"type": "string"}}}})");

}  // namespace

TEST_CASE("types, with lists of types, and integers written as 1.0") {
    CHECK(mismatches(R"({"type": "integer"})", "3").empty());
    CHECK(mismatches(R"({"type": "integer"})", "3.0").empty());
    CHECK(mismatches(R"({"type": "integer"})", "3.5") == std::vector<std::string>{R"(: is number, not "integer")"});
    CHECK(mismatches(R"({"type": ["string", "null"]})", "null").empty());
    CHECK(mismatches(R"({"type": ["string", "null"]})", "1") == std::vector<std::string>{R"(: is integer, not ["string","null"])"});
    CHECK(mismatches(R"({"type": "number"})", "7").empty());
    CHECK(mismatches("true", "{}").empty());
    CHECK(mismatches("false", "{}").size() == 1);
}

TEST_CASE("objects: required, properties and additionalProperties, each named by a JSON Pointer") {
    const auto found = mismatches(components, R"({"type": "array", "items": {"$ref": "#/components/schemas/Member"}})",
                                  R"([{"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "role": "lead"},
                                      {"role": "boss", "extra/field": 1, "share_bp": 10001}])");
    CHECK(found == std::vector<std::string>{
                       R"(/1: the required property "id" is missing)",
                       "/1/extra~1field: is not a property the schema allows",
                       R"(/1/role: "boss" is not one of ["lead","partner"])",
                       "/1/share_bp: 10001 is outside maximum 10000",
                   });
    CHECK(mismatches(R"({"additionalProperties": {"type": "integer"}})", R"({"a": 1, "b": "x"})") ==
          std::vector<std::string>{R"(/b: is string, not "integer")"});
    CHECK(mismatches(R"({"maxProperties": 1})", R"({"a": 1, "b": 2})").size() == 1);
    CHECK(mismatches(components, R"({"$ref": "#/components/schemas/Named~0~1x"})", R"("a")").empty());
    CHECK(mismatches(R"({"$ref": "#/components/schemas/Missing"})", "1").size() == 1);
}

TEST_CASE("a writeOnly property is not required in a response, and is a mismatch when one carries it") {
    const char* member = R"({"$ref": "#/components/schemas/Member"})";
    CHECK(mismatches(components, member, R"({"id": "7C9E6679-7425-40DE-944B-E07FC1F90AE7", "role": "lead"})").empty());
    CHECK(mismatches(components, member, R"({"id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "role": "lead", "password": "x"})") ==
          std::vector<std::string>{"/password: is writeOnly, yet in a response"});
    CHECK(mismatches(R"({"type": "object", "required": ["secret"], "properties": {"secret": {"writeOnly": true}}})", "{}")
              .empty());
}

TEST_CASE("enum, const and arrays' sizes") {
    CHECK(mismatches(R"({"enum": [1, "one", null]})", "1.0").empty());
    CHECK(mismatches(R"({"enum": [1, "one", null]})", "2").size() == 1);
    CHECK(mismatches(R"({"const": {"a": [1, 2]}})", R"({"a": [1, 2]})").empty());
    CHECK(mismatches(R"({"const": {"a": [1, 2]}})", R"({"a": [2, 1]})").size() == 1);
    CHECK(mismatches(R"({"minItems": 1, "maxItems": 2})", "[]") == std::vector<std::string>{": has 0 items, minItems 1"});
    CHECK(mismatches(R"({"minItems": 1, "maxItems": 2})", "[1, 2, 3]").size() == 1);
}

TEST_CASE("allOf, anyOf and oneOf") {
    CHECK(mismatches(R"({"allOf": [{"type": "integer"}, {"minimum": 2}]})", "1") ==
          std::vector<std::string>{": 1 is outside minimum 2"});
    CHECK(mismatches(R"({"anyOf": [{"type": "integer"}, {"type": "string"}]})", R"("x")").empty());
    CHECK(mismatches(R"({"anyOf": [{"type": "integer"}, {"type": "string"}]})", "null").size() == 1);
    const char* one_of = R"({"oneOf": [{"type": "integer"}, {"type": "number", "minimum": 0}]})";
    CHECK(mismatches(one_of, "-1").empty());
    CHECK(mismatches(one_of, "0.5").empty());
    CHECK(mismatches(one_of, "1") == std::vector<std::string>{": matches 2 of its oneOf schemas, not exactly one"});
    const auto none = mismatches(R"({"oneOf": [{"type": "object", "required": ["a"]}, {"type": "string"}]})", "{}");
    REQUIRE(none.size() == 1);
    CHECK(none[0] == R"(: matches none of its 2 oneOf schemas; the nearest (#0) says /: the required property "a" is missing)");
}

TEST_CASE("strings: lengths in code points, patterns, and date-time, date and uuid formats") {
    CHECK(mismatches(R"({"maxLength": 3})", R"("été")").empty());  // 3 code points, 5 bytes
    CHECK(mismatches(R"({"minLength": 4})", R"("été")") == std::vector<std::string>{": has 3 characters, minLength 4"});
    CHECK(mismatches(R"({"pattern": "^[0-9a-f]{4}$"})", R"("00ff")").empty());
    CHECK(mismatches(R"({"pattern": "[0-9]"})", R"("lot 2")").empty());  // not anchored unless it says so
    CHECK(mismatches(R"({"pattern": "^[0-9a-f]{4}$"})", R"("00FF")").size() == 1);
    CHECK(mismatches(R"({"format": "date-time"})", R"("2026-11-29T10:15:00Z")").empty());
    CHECK(mismatches(R"({"format": "date-time"})", R"("2026-11-29T10:15:00.123+01:00")").empty());
    CHECK(mismatches(R"({"format": "date-time"})", R"("2026-11-29 10:15")").size() == 1);
    CHECK(mismatches(R"({"format": "date"})", R"("2026-11-29")").empty());
    CHECK(mismatches(R"({"format": "uuid"})", R"("not-a-uuid")").size() == 1);
    CHECK(mismatches(R"({"format": "binary", "type": ["string", "integer"]})", "7").empty());  // formats apply to strings
    CHECK(mismatches(R"({"minimum": 1, "maxLength": 1})", R"("long")").size() == 1);        // number keywords skip strings
}

TEST_CASE("a keyword the validator does not know is a mismatch, not silently passed") {
    CHECK(mismatches(R"({"patternProperties": {"^x": false}})", R"({"x": 1})") ==
          std::vector<std::string>{R"(: the schema uses "patternProperties", which this validator does not know)"});
    CHECK(mismatches(R"({"description": "d", "examples": [1], "readOnly": true, "default": 2})", "1").empty());
}

namespace {

const char* const small_document = R"({"paths": {
  "/api/v1/me": {"get": {"responses": {
      "200": {"content": {"application/json": {"schema": {"type": "object", "required": ["id"]}}}},
      "4XX": {"$ref": "#/components/responses/Problem"}}}},
  "/api/v1/me/{item}": {"delete": {"responses": {"204": {"description": "gone"},
      "default": {"$ref": "#/components/responses/Problem"}}}},
  "/api/v1/me/panels": {"get": {"responses": {"200": {"content": {"text/csv": {}}}}}}},
 "components": {
  "responses": {"Problem": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}},
  "schemas": {"Problem": {"type": "object", "required": ["type", "title", "status"]}}}})";

std::vector<std::string> checked(const char* method, const char* target, int status, const char* type, const char* body) {
    static const OpenApiDocument document{json::parse(small_document)};
    return document.check({method, target, status, type, body});
}

const char* const problem_404 = R"({"type": "urn:collabtender:problem:not-found", "title": "Not found", "status": 404})";

}  // namespace

TEST_CASE("responses are held to their operation, status and content type") {
    const OpenApiDocument document{json::parse(small_document)};
    CHECK(document.match_path("/api/v1/me/panels") == "/api/v1/me/panels");  // the literal wins
    CHECK(document.match_path("/api/v1/me/42") == "/api/v1/me/{item}");
    CHECK(document.match_path("/api/v1/me/") == "");
    CHECK(document.match_path("/index.html") == "");

    CHECK(checked("GET", "/api/v1/me?x=1", 200, "application/json; charset=utf-8", R"({"id": "u"})").empty());
    CHECK(checked("GET", "/api/v1/me", 200, "application/json", "{}") ==
          std::vector<std::string>{R"(GET /api/v1/me 200 application/json at /: the required property "id" is missing)"});
    CHECK(checked("GET", "/api/v1/me", 200, "application/json", "{") .size() == 1);  // not JSON
    CHECK(checked("GET", "/api/v1/me", 404, "application/problem+json", problem_404).empty());  // by its 4XX range
    CHECK(checked("GET", "/api/v1/me", 404, "application/problem+json", R"({"title": "x", "status": 404})").size() == 1);
    CHECK(checked("GET", "/api/v1/me", 404, "application/problem+json",
                  R"({"type": "t", "title": "x", "status": 400})") ==
          std::vector<std::string>{"GET /api/v1/me 404 application/problem+json at /status: is 400, not the HTTP status"});
    CHECK(checked("GET", "/api/v1/me", 503, "application/problem+json", problem_404) ==
          std::vector<std::string>{"GET /api/v1/me 503 application/problem+json at /: the operation does not declare this "
                                   "status (it declares 200, 4XX)"});
    CHECK(checked("GET", "/api/v1/me", 200, "text/html", "<p>") ==
          std::vector<std::string>{"GET /api/v1/me 200 text/html at /: the content type is not one the document "
                                   "declares (application/json)"});

    CHECK(checked("DELETE", "/api/v1/me/42", 204, "", "").empty());
    CHECK(checked("DELETE", "/api/v1/me/42", 204, "", "x") ==
          std::vector<std::string>{"DELETE /api/v1/me/{item} [/api/v1/me/42] 204 at /: a body came, but the document "
                                   "declares none for this status"});
    CHECK(checked("DELETE", "/api/v1/me/42", 500, "application/problem+json",
                  R"({"type": "t", "title": "x", "status": 500})").empty());  // by its default
    CHECK(checked("GET", "/api/v1/me/panels", 200, "text/csv", "a,b\n").empty());  // not JSON: the type is enough

    // No such operation: only a 405 problem is expected. No such path: a problem body must still be one.
    CHECK(checked("PUT", "/api/v1/me", 405, "application/problem+json",
                  R"({"type": "t", "title": "x", "status": 405})").empty());
    CHECK(checked("PUT", "/api/v1/me", 200, "application/json", "{}").size() == 1);
    CHECK(checked("GET", "/api/v1/nowhere", 404, "application/problem+json", problem_404).empty());
    CHECK(checked("GET", "/api/v1/nowhere", 404, "application/problem+json", "{}").size() == 3);
    CHECK(checked("GET", "/app.js", 200, "text/javascript", "let x;").empty());
}

TEST_CASE("the validator knows every keyword the served document's schemas use") {
    const auto& document = OpenApiDocument::served().document();
    // Every schema in the document, each validated once: an unknown keyword is reported
    // whatever the instance, and nested schemas are reached by the walk.
    std::vector<const json::value*> schemas;
    const auto walk = [&](auto& self, const json::value& at, bool is_schema) -> void {
        if (at.is_array()) {
            for (const auto& item : at.get_array()) self(self, item, is_schema);
            return;
        }
        if (!at.is_object()) return;
        if (is_schema) schemas.push_back(&at);
        for (const auto& [key, value] : at.get_object()) {
            const std::string_view k = key;
            if (is_schema && (k == "properties")) {
                for (const auto& [name, property] : value.as_object()) self(self, property, true);
            } else if (is_schema && (k == "items" || k == "additionalProperties" || k == "allOf" || k == "anyOf" ||
                                     k == "oneOf")) {
                self(self, value, true);
            } else if (!is_schema) {
                self(self, value, k == "schema");
            }
        }
    };
    walk(walk, document.at("paths"), false);
    walk(walk, document.at("components").at("responses"), false);
    for (const auto& [name, schema] : document.at("components").at("schemas").as_object()) walk(walk, schema, true);
    REQUIRE(schemas.size() > 500);

    const SchemaValidator validator{document};
    for (const auto* schema : schemas)
        for (const auto& mismatch : validator.validate(*schema, nullptr))
            CHECK_MESSAGE(mismatch.message.find("does not know") == std::string::npos, mismatch.message);
    CHECK(OpenApiDocument::served().match_path("/api/v1/tenders/x/consortia") == "/api/v1/tenders/{tender_id}/consortia");
}
