#include "api/handlers.hpp"
#include "api/openapi/document.hpp"

namespace collabtender::api {

Response get_openapi(const Request&, Context&) {
    return Response{200, "application/json", std::string{openapi_document()}, {}};
}

}  // namespace collabtender::api
