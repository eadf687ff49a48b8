#include "api/library/answer_json.hpp"

#include <boost/json.hpp>

#include "api/json_body.hpp"
#include "api/json_values.hpp"
#include "api/preconditions.hpp"
#include "domain/time_format.hpp"

namespace collabtender::api {

boost::json::object answer_json(const persistence::LibraryAnswer& a) {
    return {{"id", a.id},           {"title", a.title},       {"text", a.text},
            {"tags", strings(a.tags)}, {"last_reviewed", nullable(a.last_reviewed)},
            {"version", a.version}, {"updated_at", domain::format_rfc3339(a.updated_at)}};
}

Response answer_response(int status, const persistence::LibraryAnswer& answer) {
    auto response = json_response(status, answer_json(answer));
    response.headers.emplace_back("ETag", etag(answer.version));
    return response;
}

}  // namespace collabtender::api
