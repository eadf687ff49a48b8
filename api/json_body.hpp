#pragma once

#include <optional>
#include <string>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "api/http.hpp"
#include "domain/violation.hpp"

namespace collabtender::api {

// The request body as a JSON object. Throws a Problem: 415 unless the content type
// is JSON, 400 naming line and column where the text stops being JSON, 422 when
// the document is not an object.
boost::json::object parse_json_object(const Request& request);

Response json_response(int status, const boost::json::value& body);

// Reads fields of a request object, collecting every violation before reporting,
// so a client learns of all its mistakes in one answer.
class FieldReader {
public:
    explicit FieldReader(const boost::json::object& object) : object_{object} {}

    std::string required_string(const char* name);
    std::optional<std::string> optional_string(const char* name);

    // Throws the 422 Problem if anything was wrong, adding the domain's own findings.
    void finish(domain::Violations more = {});

private:
    const boost::json::object& object_;
    domain::Violations violations_;
};

}  // namespace collabtender::api
