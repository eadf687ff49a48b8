#include "domain/word_diff.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;

namespace {

std::string render(const std::vector<DiffRun>& runs) {
    std::string out;
    for (const auto& r : runs)
        out += r.kind == DiffRun::Kind::same ? r.text : (r.kind == DiffRun::Kind::added ? "{+" : "[-") + r.text +
                                                            (r.kind == DiffRun::Kind::added ? "+}" : "-]");
    return out;
}

}  // namespace

TEST_CASE("a word diff shows the words kept, removed and added, in order") {
    CHECK(render(word_diff("We listen to each person", "We listen first to every person")) ==
          "We listen{+first+}to[-each-]{+every+}person");
    CHECK(render(word_diff("", "New text")) == "{+New text+}");
    CHECK(render(word_diff("Old text", "")) == "[-Old text-]");
    CHECK(word_diff("Same  words\nhere", "Same words here").size() == 1);  // whitespace is not a change
    CHECK(word_diff("", "").empty());
}

TEST_CASE("very long texts are compared as whole blocks") {
    std::string big;
    for (std::size_t i = 0; i <= max_diff_words; ++i) big += "w ";
    const auto runs = word_diff(big, "short");
    REQUIRE(runs.size() == 2);
    CHECK(runs[0].kind == DiffRun::Kind::removed);
    CHECK(runs[1].text == "short");
}
