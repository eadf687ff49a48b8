#include "api/csv.hpp"

#include <doctest/doctest.h>

using collabtender::api::csv_line;

TEST_CASE("CSV fields are quoted when they must be, and formulas are defused") {
    CHECK(csv_line({"a", "b c", "3.50"}) == "a,b c,3.50\r\n");
    CHECK(csv_line({"Pilton, Leith", "say \"hi\"", "two\nlines"}) ==
          "\"Pilton, Leith\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    CHECK(csv_line({"=HYPERLINK(\"x\")", "-2", "+44", "@sum"}) == "\"'=HYPERLINK(\"\"x\"\")\",-2,'+44,'@sum\r\n");
    CHECK(csv_line({}) == "\r\n");
}
