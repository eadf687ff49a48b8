#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace collabtender::domain {

// The document types a bid may carry: PDF, DOCX, ODT, XLSX, ODS, PNG, JPEG and
// plain text. A type is recognised from the bytes themselves, so a renamed or
// mislabelled file is refused rather than trusted.
enum class DocumentType { pdf, docx, odt, xlsx, ods, png, jpeg, text };

std::string_view media_type(DocumentType type);
std::optional<DocumentType> parse_media_type(std::string_view media_type);

// What the content is, judged from its signature (and, for the ZIP-based office
// formats, their entries' names); plain text is valid UTF-8 without NUL bytes.
// Made piece by piece as a document arrives, so that an upload is never held
// whole: add every piece in order, then ask.
class DocumentSniffer {
public:
    void add(std::string_view piece);
    std::optional<DocumentType> type() const;

private:
    std::string head_;     // the first 4 KiB: signatures, OpenDocument's mimetype entry
    std::string overlap_;  // the end of what came before, for a name cut between pieces
    std::string unfinished_;  // a UTF-8 sequence cut at the end of the last piece
    bool word_ = false, xl_ = false, content_types_ = false;
    bool utf8_ = true;
};

std::optional<DocumentType> sniff(std::string_view content);

}  // namespace collabtender::domain
