#include "domain/document_type.hpp"

#include <doctest/doctest.h>

#include <string>

using namespace collabtender::domain;

namespace {
std::string zip_with(std::string_view first_entry) {
    return std::string{"PK\x03\x04", 4} + std::string(26, '\0') + std::string{first_entry};
}
}  // namespace

TEST_CASE("documents are recognised by their bytes") {
    CHECK(sniff("%PDF-1.7\n...") == DocumentType::pdf);
    CHECK(sniff("\x89PNG\r\n\x1a\n....") == DocumentType::png);
    CHECK(sniff("\xFF\xD8\xFF\xE0....") == DocumentType::jpeg);
    CHECK(sniff("Plain words, and £ signs.\n") == DocumentType::text);
    CHECK(sniff(zip_with("mimetypeapplication/vnd.oasis.opendocument.text")) == DocumentType::odt);
    CHECK(sniff(zip_with("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) == DocumentType::ods);
    CHECK(sniff(zip_with("[Content_Types].xml....word/document.xml")) == DocumentType::docx);
    CHECK(sniff(zip_with("[Content_Types].xml....xl/workbook.xml")) == DocumentType::xlsx);
}

TEST_CASE("anything else is refused") {
    CHECK_FALSE(sniff(""));
    CHECK_FALSE(sniff(std::string{"MZ\x90\x00", 4}));          // an executable
    CHECK_FALSE(sniff(zip_with("some/other.zip")));              // a plain archive
    CHECK_FALSE(sniff(std::string{"text with a \0 byte", 18}));  // binary
    CHECK_FALSE(sniff("\xC3\x28 invalid UTF-8"));
}

TEST_CASE("media types round-trip, parameters ignored") {
    CHECK(parse_media_type("application/pdf") == DocumentType::pdf);
    CHECK(parse_media_type("text/plain; charset=utf-8") == DocumentType::text);
    CHECK_FALSE(parse_media_type("application/zip"));
    CHECK(media_type(DocumentType::xlsx) == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
}
