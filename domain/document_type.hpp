#pragma once

#include <optional>
#include <string_view>

namespace collabtender::domain {

// The document types a bid may carry: PDF, DOCX, ODT, XLSX, ODS, PNG, JPEG and
// plain text. A type is recognised from the bytes themselves, so a renamed or
// mislabelled file is refused rather than trusted.
enum class DocumentType { pdf, docx, odt, xlsx, ods, png, jpeg, text };

std::string_view media_type(DocumentType type);
std::optional<DocumentType> parse_media_type(std::string_view media_type);

// What the content is, judged from its signature (and, for the ZIP-based office
// formats, their first entries); plain text is valid UTF-8 without NUL bytes.
std::optional<DocumentType> sniff(std::string_view content);

}  // namespace collabtender::domain
