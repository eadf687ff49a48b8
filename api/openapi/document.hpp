#pragma once

// The OpenAPI 3.1 document of every route, assembled from pieces: api/openapi/common.json
// (openapi, info, servers, security schemes, and the schemas and responses several
// resources share) and api/<resource>/openapi.json beside each resource's handlers
// (the paths they serve, and the components only those paths use).
#include <string>
#include <string_view>
#include <vector>

namespace collabtender::api {

struct OpenApiPiece {
    std::string_view name;  // its path under api/, e.g. "tenders/openapi.json"
    std::string_view text;  // JSON
};

// `common` with every piece's `paths` and each of its `components` maps merged in, serialized.
// Throws std::runtime_error naming both pieces when a path or component is defined twice,
// and naming the piece when it is not JSON or holds anything but `paths` and `components`.
std::string assemble_openapi(const OpenApiPiece& common, const std::vector<OpenApiPiece>& pieces);

// The pieces compiled into this binary.
OpenApiPiece openapi_common();
std::vector<OpenApiPiece> openapi_pieces();

// The served document, assembled at first use and kept; throws as assemble_openapi does.
std::string_view openapi_document();

}  // namespace collabtender::api
