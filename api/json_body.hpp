#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_to.hpp>

#include "api/http.hpp"
#include "app/json_fields.hpp"
#include "domain/login_throttle.hpp"
#include "domain/violation.hpp"

namespace collabtender::api {

// The request body as a JSON object. Throws a Problem: 415 unless the content type
// is JSON, 400 naming line and column where the text stops being JSON, 422 when
// the document is not an object.
boost::json::object parse_json_object(const Request& request);

Response json_response(int status, const boost::json::value& body);

// The body of an action that needs only a recorded reason: {"reason": 1 to 2000
// characters}; 422 at /reason otherwise.
std::string read_reason(const Request& request);

// The request's body as a command: parsed as parse_json_object does, then read by
// the command's own tag_invoke(value_to_tag<T>, value), declared beside the handlers
// of its resource, which reads it with a FieldReader so that every violation is
// reported at once. With Need::optional an empty body reads as {}. What the path
// names (ids) is the handler's to add.
template <class T>
T read_command(const Request& request, app::Need body = app::Need::required) {
    const boost::json::value value =
        body == app::Need::optional && request.body.empty() ? boost::json::object{} : parse_json_object(request);
    return boost::json::value_to<T>(value);
}

}  // namespace collabtender::api
