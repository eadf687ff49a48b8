#include "domain/text.hpp"

#include <doctest/doctest.h>

using namespace collabtender::domain;

TEST_CASE("a dashed list is read as its points, anything else as one point") {
    using Items = std::vector<std::string>;
    CHECK(list_items("- Show how people shape the plan\n- Name the partner\n") ==
          Items{"Show how people shape the plan", "Name the partner"});
    CHECK(list_items("\n  - One point only  \n\n") == Items{"One point only"});
    CHECK(list_items("The panel liked the plan.\n- But it lacks detail") ==
          Items{"The panel liked the plan.\n- But it lacks detail"});
    CHECK(list_items("Plain words") == Items{"Plain words"});
    CHECK(list_items("   \n ").empty());
    CHECK(list_items("-no space") == Items{"-no space"});
}

TEST_CASE("text goes into HTML with its markup characters escaped") {
    CHECK(escape_html(R"(<a href="x">Tom & Jerry's</a>)") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
}

TEST_CASE("lengths count characters (code points), not UTF-8 bytes") {
    CHECK(code_points("") == 0);
    CHECK(code_points("Dùn Èideann") == 11);
    CHECK(code_points("\xF0\x9F\x8C\x88") == 1);  // one emoji, four bytes
    std::string accented;
    for (int i = 0; i < 200; ++i) accented += "é";
    Violations fits;
    check_text(fits, accented, "/title", 1, 200);
    CHECK(fits.empty());
    std::string emoji;
    for (int i = 0; i < 200; ++i) emoji += "\xF0\x9F\x8C\x88";
    check_text(fits, emoji, "/title", 1, 200);
    CHECK(fits.empty());
    Violations over;
    check_text(over, accented + "é", "/title", 1, 200);
    REQUIRE(over.size() == 1);
    CHECK(over[0].code == "invalid_length");
}
