#include "domain/checklist.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;

namespace {
std::vector<ChecklistElement> complete() {
    std::vector<ChecklistElement> out;
    for (const auto key : checklist_elements) out.push_back({std::string{key}, 2, "Good evidence"});
    return out;
}
}  // namespace

TEST_CASE("a checklist scores each of the eight elements 0 to 2") {
    CHECK(validate_checklist(complete()).empty());
    auto elements = complete();
    elements[3].score = 3;
    elements[4].key = "effective";
    const auto v = validate_checklist(elements);
    REQUIRE(v.size() == 3);
    CHECK(v[0].pointer == "/elements/3/score");
    CHECK(v[1].pointer == "/elements/4/key");
    CHECK(v[1].code == "duplicate");
    CHECK(v[2].code == "missing_element");
}

TEST_CASE("an unknown element is named") {
    auto elements = complete();
    elements[0].key = "price";
    CHECK(validate_checklist(elements).front().code == "unknown_element");
    CHECK_FALSE(validate_checklist({}).empty());
}
