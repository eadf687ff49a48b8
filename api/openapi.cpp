#include "api/openapi.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include "api/handlers.hpp"

namespace collabtender::api {

std::vector<std::pair<std::string_view, std::string_view>> embedded_openapi();

std::string_view openapi_document() { return embedded_openapi().front().second; }

Response get_openapi(const Request&, Context&) {
    return Response{200, "application/json", std::string{openapi_document()}, {}};
}

}  // namespace collabtender::api
