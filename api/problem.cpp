#include "api/problem.hpp"

#include <boost/json.hpp>

namespace collabtender::api {

namespace {

// The stable `type` URI for a problem slug, e.g. "not-found".
std::string problem_type(const std::string& slug) { return "urn:collabtender:problem:" + slug; }

}  // namespace

Problem::Problem(int status, std::string slug, std::string title, std::string detail)
    : status_{status}, type_{problem_type(slug)}, title_{std::move(title)}, detail_{std::move(detail)} {}

Problem& Problem::with_errors(domain::Violations errors) {
    errors_ = std::move(errors);
    return *this;
}

Problem& Problem::with_header(std::string name, std::string value) {
    headers_.emplace_back(std::move(name), std::move(value));
    return *this;
}

Response Problem::to_response(const std::string& instance) const {
    boost::json::object body{{"type", type_}, {"title", title_}, {"status", status_}, {"detail", detail_}};
    if (!instance.empty()) body["instance"] = instance;
    if (!errors_.empty()) {
        boost::json::array errors;
        for (const auto& e : errors_) {
            // "?name" marks a query parameter rather than a JSON Pointer into the body.
            if (!e.pointer.empty() && e.pointer.front() == '?')
                errors.push_back(
                    boost::json::object{{"parameter", e.pointer.substr(1)}, {"code", e.code}, {"detail", e.message}});
            else
                errors.push_back(boost::json::object{{"pointer", e.pointer}, {"code", e.code}, {"detail", e.message}});
        }
        body["errors"] = std::move(errors);
    }
    return Response{status_, "application/problem+json", boost::json::serialize(body), headers_};
}

namespace problems {

Problem not_found(std::string detail) { return Problem{404, "not-found", "Not found", std::move(detail)}; }

Problem method_not_allowed(const std::vector<std::string>& allowed) {
    std::string allow;
    for (const auto& method : allowed) allow += (allow.empty() ? "" : ", ") + method;
    return Problem{405, "method-not-allowed", "Method not allowed", "This address accepts " + allow + "."}
        .with_header("Allow", allow);
}

Problem unsupported_media_type() {
    return Problem{415, "unsupported-media-type", "Unsupported media type",
                   "Send the request body as application/json."}
        .with_header("Accept", "application/json");
}

Problem malformed_json(std::string detail) {
    return Problem{400, "malformed-json", "Malformed JSON", std::move(detail)};
}

Problem validation(domain::Violations errors) {
    return Problem{422, "validation-failed", "Validation failed", "Some fields are missing or invalid."}
        .with_errors(std::move(errors));
}

Problem unauthenticated() {
    return Problem{401, "unauthenticated", "Sign-in required",
                   "Sign in first: this needs a valid session (a browser's session cookie, or an API "
                   "client's bearer token in the Authorization header)."}
        .with_header("WWW-Authenticate", "Bearer");
}

Problem invalid_credentials() {
    return Problem{401, "invalid-credentials", "Sign-in failed", "The email or password is not correct."};
}

Problem forbidden() {
    return Problem{403, "forbidden", "Not allowed", "Your account is not allowed to do this."};
}

Problem too_many_attempts(long retry_after_seconds) {
    return Problem{429, "too-many-attempts", "Too many attempts",
                   "Sign-in for this email is paused after repeated failures. Try again later."}
        .with_header("Retry-After", std::to_string(retry_after_seconds));
}

Problem too_many_attempts_from_client(long retry_after_seconds) {
    return Problem{429, "too-many-attempts", "Too many attempts",
                   "Too many sign-ins have failed from this network. Try again later."}
        .with_header("Retry-After", std::to_string(retry_after_seconds));
}

Problem transfer_coding_not_implemented() {
    return Problem{501, "unsupported-transfer-coding", "Transfer coding not supported",
                   "Send the body with Content-Length, or with Transfer-Encoding: chunked alone."};
}

Problem payload_too_large(std::size_t limit) {
    return Problem{413, "payload-too-large", "Request body too large",
                   "The request body must not exceed " + std::to_string(limit) + " bytes."};
}

Problem header_too_large() {
    return Problem{431, "header-too-large", "Request headers too large", "The request headers are too large."};
}

Problem malformed_http() {
    return Problem{400, "malformed-request", "Malformed request", "The request is not well-formed HTTP/1.1."};
}

Problem unavailable(std::string detail, int retry_after_seconds) {
    return Problem{503, "service-unavailable", "Service unavailable", std::move(detail)}.with_header(
        "Retry-After", std::to_string(retry_after_seconds));
}

Problem conflict(std::string detail) { return Problem{409, "conflict", "Conflict", std::move(detail)}; }

Problem internal() {
    return Problem{500, "internal-error", "Internal error",
                   "Something went wrong on our side. Quote the request id if you contact support."};
}

}  // namespace problems
}  // namespace collabtender::api
