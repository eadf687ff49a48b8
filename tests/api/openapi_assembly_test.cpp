#include "api/openapi/document.hpp"

#include <set>
#include <stdexcept>
#include <string>

#include <boost/json.hpp>
#include <doctest/doctest.h>

using namespace collabtender;
namespace json = boost::json;

namespace {

const api::OpenApiPiece common{"openapi/common.json", R"({
  "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
  "components": {"schemas": {"Problem": {"type": "object"}}, "responses": {"Problem": {"description": "d"}}}})"};
const api::OpenApiPiece tenders{"tenders/openapi.json", R"({
  "paths": {"/tenders": {"get": {}}},
  "components": {"schemas": {"Tender": {"type": "object"}}}})"};
const api::OpenApiPiece bids{"bids/openapi.json", R"({"paths": {"/bids": {"get": {}}}})"};

std::string refusal(const std::vector<api::OpenApiPiece>& pieces) {
    try {
        api::assemble_openapi(common, pieces);
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return "";
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// "#/components/schemas/X" for every $ref under `at` (deeper pointers cut to the component).
void references(const json::value& at, std::set<std::string>& out) {
    if (const auto* array = at.if_array())
        for (const auto& item : *array) references(item, out);
    if (const auto* object = at.if_object())
        for (const auto& [key, value] : *object) {
            if (key == "$ref" && value.is_string()) {
                std::string reference{value.get_string()};
                std::size_t cut = 0;
                for (int slashes = 0; slashes < 4 && cut != std::string::npos; ++slashes) cut = reference.find('/', cut + 1);
                out.insert(reference.substr(0, cut));
            } else {
                references(value, out);
            }
        }
}

void defined(const json::value& piece, std::set<std::string>& out) {
    if (const auto* components = piece.as_object().if_contains("components"))
        for (const auto& [kind, map] : components->as_object())
            for (const auto& [name, value] : map.as_object())
                out.insert("#/components/" + std::string{kind} + "/" + std::string{name});
}

}  // namespace

TEST_CASE("the pieces' paths and components join the common part") {
    const auto document = json::parse(api::assemble_openapi(common, {tenders, bids})).as_object();
    CHECK(document.at("info").at("title") == "t");
    CHECK(document.at("paths").as_object().size() == 2);
    CHECK(document.at("paths").as_object().contains("/bids"));
    CHECK(document.at("components").at("schemas").as_object().size() == 2);
    CHECK(document.at("components").at("responses").as_object().contains("Problem"));
}

TEST_CASE("a path defined in two pieces is refused, naming both") {
    const api::OpenApiPiece again{"awards/openapi.json", R"({"paths": {"/tenders": {"post": {}}}})"};
    const auto why = refusal({tenders, again});
    CHECK(has(why, "paths /tenders"));
    CHECK(has(why, "tenders/openapi.json"));
    CHECK(has(why, "awards/openapi.json"));
}

TEST_CASE("a component defined twice is refused, in two pieces or in a piece and the common part") {
    const api::OpenApiPiece tender_again{"awards/openapi.json", R"({"components": {"schemas": {"Tender": {}}}})"};
    CHECK(has(refusal({tenders, tender_again}), "components/schemas Tender is already defined in tenders/openapi.json"));
    const api::OpenApiPiece problem_again{"bids/openapi.json", R"({"components": {"responses": {"Problem": {}}}})"};
    CHECK(has(refusal({problem_again}), "components/responses Problem is already defined in openapi/common.json"));
}

TEST_CASE("a piece holds only paths and components, as JSON") {
    CHECK(has(refusal({{"bids/openapi.json", R"({"info": {}})"}}), "holds info"));
    CHECK(has(refusal({{"bids/openapi.json", R"({"paths": [])"}}), "not JSON"));
    CHECK(has(refusal({{"bids/openapi.json", R"({"paths": []})"}}), "paths is not an object"));
}

TEST_CASE("each compiled-in piece refers only to its own components and the common ones") {
    const auto shared = json::parse(api::openapi_common().text);
    std::set<std::string> common_components;
    defined(shared, common_components);
    std::set<std::string> used;
    references(shared, used);
    for (const auto& reference : used) CHECK_MESSAGE(common_components.count(reference), "common.json: " << reference);

    for (const auto& piece : api::openapi_pieces()) {
        const auto content = json::parse(piece.text);
        auto known = common_components;
        defined(content, known);
        std::set<std::string> refers;
        references(content, refers);
        for (const auto& reference : refers)
            CHECK_MESSAGE(known.count(reference), piece.name << " refers to " << reference
                                                             << ", neither its own nor in api/openapi/common.json");
    }
}
