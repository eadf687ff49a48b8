#pragma once

#include <exception>

#include "api/http.hpp"

namespace collabtender::api {

// The one place where exceptions become responses: Problems as they are, database
// outcomes to 409/422/503, anything else to a generic 500. Internal messages go to
// the log with the request id, never into the response.
Response error_response(std::exception_ptr error, const Request& request);

}  // namespace collabtender::api
