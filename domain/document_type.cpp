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

// Bytes in the UTF-8 sequence a lead byte starts (0: not a lead byte).
std::size_t sequence_length(unsigned char c) {
    return c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
}

// Where the last UTF-8 sequence begins, if it is cut short at the end of `text`.
std::size_t complete_prefix(std::string_view text) {
    for (std::size_t back = 1; back <= 3 && back <= text.size(); ++back) {
        const auto c = static_cast<unsigned char>(text[text.size() - back]);
        if ((c & 0xC0) == 0x80) continue;  // a continuation byte: look further back
        return sequence_length(c) > back ? text.size() - back : text.size();
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
    // in the archive (the central directory is at the end). A name cut between two
    // pieces is found where the end of the last one meets the start of this one;
    // the piece itself is searched where it lies, never copied.
    const auto seam = overlap_ + std::string{piece.substr(0, content_types.size() - 1)};
    const auto found = [&](std::string_view name) {
        return seam.find(name) != std::string::npos || piece.find(name) != std::string_view::npos;
    };
    word_ = word_ || found("word/");
    xl_ = xl_ || found("xl/");
    content_types_ = content_types_ || found(content_types);
    overlap_ += piece.substr(piece.size() - std::min(piece.size(), content_types.size() - 1));
    overlap_.erase(0, overlap_.size() - std::min(overlap_.size(), content_types.size() - 1));
    if (!utf8_) return;
    // A sequence cut at the end of the last piece is finished with this one's first bytes.
    if (!unfinished_.empty()) {
        const auto needed = sequence_length(static_cast<unsigned char>(unfinished_.front()));
        while (unfinished_.size() < needed && !piece.empty() && (static_cast<unsigned char>(piece.front()) & 0xC0) == 0x80) {
            unfinished_ += piece.front();
            piece.remove_prefix(1);
        }
        if (unfinished_.size() < needed && piece.empty()) return;  // still cut: the next piece goes on
        utf8_ = valid_utf8(unfinished_);
        unfinished_.clear();
        if (!utf8_) return;
    }
    const auto complete = complete_prefix(piece);
    utf8_ = valid_utf8(piece.substr(0, complete));
    unfinished_ = std::string{piece.substr(complete)};
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
