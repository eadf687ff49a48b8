#pragma once

#include <cstdint>
#include <string>

#include "api/http.hpp"
#include "domain/ids.hpp"

namespace collabtender::api {

// Content-Disposition for a file to save under this name (RFC 6266): a plain
// ASCII name, and the exact one percent-encoded.
std::string attachment_disposition(const std::string& filename);

// A download: the bytes' type, an attachment disposition carrying the file name
// (RFC 6266) and their SHA-256, with the bytes streamed in pieces from `body`.
Response download_response(const std::string& filename, const std::string& media_type, const std::string& sha256,
                           StreamedBody body);

// The stored bytes of a bid's document, and of a consortium's memorandum, read
// in pieces, each in a transaction of its own.
StreamedBody document_body(const domain::DocumentId& document_id, std::uint64_t size);
StreamedBody mou_body(const domain::ConsortiumId& consortium_id, std::uint64_t size);

}  // namespace collabtender::api
