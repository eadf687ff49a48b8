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

TEST_CASE("piece by piece, as an upload arrives, the judgement is the same as on the whole") {
    const auto in_pieces = [](const std::string& content, std::size_t size) {
        DocumentSniffer sniffer;
        for (std::size_t at = 0; at < content.size(); at += size) sniffer.add(std::string_view{content}.substr(at, size));
        return sniffer.type();
    };
    const std::string text = "Gàidhlig, £ and 🌈 " + std::string(5000, 'x') + " end";
    const std::string docx = zip_with(std::string(6000, 'z') + "[Content_Types].xml" + std::string(3000, 'z') + "word/document.xml");
    const std::string binary = text + std::string{"\0", 1} + "more";
    const std::string cut_short = text + "\xE2\x82";  // the first two bytes of "€"
    for (const std::size_t size : {1, 2, 3, 7, 64, 4096, 100000}) {
        CAPTURE(size);
        CHECK(in_pieces(text, size) == DocumentType::text);
        CHECK(in_pieces(docx, size) == DocumentType::docx);
        CHECK(in_pieces("%PDF-1.7\n" + std::string(9000, 'p'), size) == DocumentType::pdf);
        CHECK_FALSE(in_pieces(binary, size));
        CHECK_FALSE(in_pieces(cut_short, size));
    }
}
