#include "domain/document_type.hpp"

#include <utility>

#include "domain/text.hpp"

namespace collabtender::domain {
namespace {

constexpr std::pair<DocumentType, std::string_view> media_types[] = {
    {DocumentType::pdf, "application/pdf"},
    {DocumentType::docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
    {DocumentType::odt, "application/vnd.oasis.opendocument.text"},
    {DocumentType::xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    {DocumentType::ods, "application/vnd.oasis.opendocument.spreadsheet"},
    {DocumentType::png, "image/png"},
    {DocumentType::jpeg, "image/jpeg"},
    {DocumentType::text, "text/plain"},
};

bool starts_with(std::string_view content, std::string_view prefix) { return content.substr(0, prefix.size()) == prefix; }


// ZIP-based office formats: OpenDocument stores an uncompressed "mimetype" entry
// first; Office Open XML names its main part's folder early in the archive.
std::optional<DocumentType> sniff_zip(std::string_view content) {
    const auto head = content.substr(0, 4096);
    if (head.find("mimetypeapplication/vnd.oasis.opendocument.text") != std::string_view::npos) return DocumentType::odt;
    if (head.find("mimetypeapplication/vnd.oasis.opendocument.spreadsheet") != std::string_view::npos)
        return DocumentType::ods;
    if (content.find("word/") != std::string_view::npos && content.find("[Content_Types].xml") != std::string_view::npos)
        return DocumentType::docx;
    if (content.find("xl/") != std::string_view::npos && content.find("[Content_Types].xml") != std::string_view::npos)
        return DocumentType::xlsx;
    return std::nullopt;
}

}  // namespace

std::string_view media_type(DocumentType type) {
    for (const auto& [t, name] : media_types)
        if (t == type) return name;
    return "application/octet-stream";
}

std::optional<DocumentType> parse_media_type(std::string_view text) {
    const auto semicolon = text.find(';');
    auto bare = text.substr(0, semicolon);
    while (!bare.empty() && bare.back() == ' ') bare.remove_suffix(1);
    for (const auto& [type, name] : media_types)
        if (name == bare) return type;
    return std::nullopt;
}

std::optional<DocumentType> sniff(std::string_view content) {
    if (starts_with(content, "%PDF-")) return DocumentType::pdf;
    if (starts_with(content, "\x89PNG\r\n\x1a\n")) return DocumentType::png;
    if (starts_with(content, "\xFF\xD8\xFF")) return DocumentType::jpeg;
    if (starts_with(content, std::string_view{"PK\x03\x04", 4})) return sniff_zip(content);
    if (!content.empty() && valid_utf8(content)) return DocumentType::text;
    return std::nullopt;
}

}  // namespace collabtender::domain
