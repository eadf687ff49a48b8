#pragma once

#include <map>
#include <string>

#include "api/http.hpp"
#include "domain/document_type.hpp"

namespace collabtender::api {

// An uploaded document: the raw request body, stored in pieces as it arrived (the
// route's `stores_body`), its name from the `filename` query parameter (from
// `parameters`, the request's query), its type recognised from the bytes and
// matching Content-Type.
// Throws 400 for a missing or path-like name, 415 for a type that is not allowed
// or not what the content is.
struct Upload {
    std::string filename;
    domain::DocumentType type;
    domain::UploadId upload_id;  // its stored pieces
    std::uint64_t size = 0;
    std::string sha256;
};
Upload read_upload(const Request& request, const std::map<std::string, std::string>& parameters);

}  // namespace collabtender::api
