#pragma once

#include <exception>
#include <string>
#include <utility>
#include <vector>

#include "api/http.hpp"
#include "domain/violation.hpp"

namespace collabtender::api {

// An RFC 9457 problem: what every error response carries. Handlers throw it; the
// error mapper turns it into an application/problem+json response.
class Problem : public std::exception {
public:
    Problem(int status, std::string slug, std::string title, std::string detail);

    Problem& with_errors(domain::Violations errors);
    Problem& with_header(std::string name, std::string value);

    int status() const { return status_; }
    const std::string& type() const { return type_; }
    const char* what() const noexcept override { return title_.c_str(); }

    Response to_response(const std::string& instance) const;

private:
    int status_;
    std::string type_;
    std::string title_;
    std::string detail_;
    domain::Violations errors_;
    std::vector<std::pair<std::string, std::string>> headers_;
};

namespace problems {
Problem not_found(std::string detail = "There is nothing at this address.");
Problem method_not_allowed(const std::vector<std::string>& allowed);
Problem unsupported_media_type();
Problem malformed_json(std::string detail);
Problem validation(domain::Violations errors);
Problem unauthenticated();
Problem invalid_credentials();
Problem forbidden();
Problem too_many_attempts(long retry_after_seconds);
Problem too_many_attempts_from_client(long retry_after_seconds);
Problem transfer_coding_not_implemented();
Problem payload_too_large(std::size_t limit);
Problem header_too_large();
Problem malformed_http();
Problem unavailable(std::string detail, int retry_after_seconds = 5);
Problem conflict(std::string detail);
Problem internal();
}  // namespace problems

}  // namespace collabtender::api
