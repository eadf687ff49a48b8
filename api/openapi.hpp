#pragma once

#include <string_view>

namespace collabtender::api {

// The OpenAPI 3.1 document of every route, from api/openapi.json, compiled in.
std::string_view openapi_document();

}  // namespace collabtender::api
