#include "domain/document_type.hpp"

#include <algorithm>
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


constexpr std::size_t head_size = 4096;
constexpr std::string_view content_types = "[Content_Types].xml";

// Where the last UTF-8 sequence begins, if it is cut short at the end of `text`.
std::size_t complete_prefix(std::string_view text) {
    for (std::size_t back = 1; back <= 3 && back <= text.size(); ++back) {
        const auto c = static_cast<unsigned char>(text[text.size() - back]);
        if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
        const std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        return length > back ? text.size() - back : text.size();
    }
    return text.size();
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

void DocumentSniffer::add(std::string_view piece) {
    if (head_.size() < head_size) head_.append(piece.substr(0, head_size - head_.size()));
    // Office Open XML names its parts' folders and its content-types part anywhere
    // in the archive (the central directory is at the end).
    const auto joined = overlap_ + std::string{piece};
    word_ = word_ || joined.find("word/") != std::string::npos;
    xl_ = xl_ || joined.find("xl/") != std::string::npos;
    content_types_ = content_types_ || joined.find(content_types) != std::string::npos;
    overlap_ = joined.substr(joined.size() - std::min(joined.size(), content_types.size() - 1));
    if (utf8_) {
        const auto text = unfinished_ + std::string{piece};
        const auto complete = complete_prefix(text);
        utf8_ = valid_utf8(std::string_view{text}.substr(0, complete));
        unfinished_ = text.substr(complete);
    }
}

std::optional<DocumentType> DocumentSniffer::type() const {
    const std::string_view head = head_;
    if (starts_with(head, "%PDF-")) return DocumentType::pdf;
    if (starts_with(head, "\x89PNG\r\n\x1a\n")) return DocumentType::png;
    if (starts_with(head, "\xFF\xD8\xFF")) return DocumentType::jpeg;
    if (starts_with(head, std::string_view{"PK\x03\x04", 4})) {
        // OpenDocument stores an uncompressed "mimetype" entry first.
        if (head.find("mimetypeapplication/vnd.oasis.opendocument.text") != std::string_view::npos) return DocumentType::odt;
        if (head.find("mimetypeapplication/vnd.oasis.opendocument.spreadsheet") != std::string_view::npos)
            return DocumentType::ods;
        if (word_ && content_types_) return DocumentType::docx;
        if (xl_ && content_types_) return DocumentType::xlsx;
        return std::nullopt;
    }
    if (!head.empty() && utf8_ && unfinished_.empty()) return DocumentType::text;
    return std::nullopt;
}

std::optional<DocumentType> sniff(std::string_view content) {
    DocumentSniffer sniffer;
    sniffer.add(content);
    return sniffer.type();
}

}  // namespace collabtender::domain
