#pragma once

#include <boost/json/object.hpp>

#include "api/http.hpp"
#include "persistence/library_repository.hpp"

namespace collabtender::api {

boost::json::object answer_json(const persistence::LibraryAnswer& answer);

// The answer with its version as the ETag.
Response answer_response(int status, const persistence::LibraryAnswer& answer);

}  // namespace collabtender::api
