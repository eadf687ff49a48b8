#include "api/documents/download.hpp"

#include <cctype>

#include "app/bids/read_documents.hpp"
#include "app/consortia/read_mou.hpp"

namespace collabtender::api {
std::string attachment_disposition(const std::string& filename) {
    std::string plain, encoded;
    static constexpr char hex[] = "0123456789ABCDEF";
    for (const unsigned char c : filename) {
        plain += (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') ? static_cast<char>(c) : '_';
        if (std::isalnum(c) || c == '.' || c == '-' || c == '_') {
            encoded += static_cast<char>(c);
        } else {
            encoded += '%';
            encoded += hex[c >> 4];
            encoded += hex[c & 0xf];
        }
    }
    return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''" + encoded;
}

Response download_response(const std::string& filename, const std::string& media_type, const std::string& sha256,
                           StreamedBody body) {
    return Response{200,
                    media_type,
                    {},
                    {{"Content-Disposition", attachment_disposition(filename)}, {"X-Content-SHA256", sha256}},
                    std::move(body)};
}

StreamedBody document_body(const domain::DocumentId& document_id, std::uint64_t size) {
    return {size, [document_id](persistence::Connection& db, std::uint64_t offset, std::size_t piece) {
                return app::read_document_piece(db, document_id, offset, piece);
            }};
}

StreamedBody mou_body(const domain::ConsortiumId& consortium_id, std::uint64_t size) {
    return {size, [consortium_id](persistence::Connection& db, std::uint64_t offset, std::size_t piece) {
                return app::read_mou_piece(db, consortium_id, offset, piece);
            }};
}

}  // namespace collabtender::api
