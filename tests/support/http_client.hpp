#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <boost/json/value.hpp>

namespace collabtender::test {

struct HttpResponse {
    int status = 0;
    std::map<std::string, std::string> headers;  // names lower-cased
    std::string body;

    std::string header(const std::string& lower_name) const;
    boost::json::value json() const;
};

struct HttpRequest {
    std::string method = "GET";
    std::string target;
    std::string body;
    std::string content_type = "application/json";
    std::string bearer;
    std::map<std::string, std::string> headers;
};

// One request on a new connection to 127.0.0.1:port. The response is held to the
// served OpenAPI document (expect_as_documented): a mismatch fails the test, not the call.
HttpResponse send(std::uint16_t port, const HttpRequest& request);

// Fails the running test (FAIL_CHECK, once per mismatch, naming method, path, status
// and JSON Pointer) unless the response's status, content type and body are those the
// document declares for the request's operation.
void expect_as_documented(const HttpRequest& request, const HttpResponse& response);

// Convenience forms.
HttpResponse get(std::uint16_t port, const std::string& target, const std::string& bearer = {});
HttpResponse post_json(std::uint16_t port, const std::string& target, const std::string& body,
                       const std::string& bearer = {});

// Writes raw bytes and reads one response, for requests no well-behaved client
// would send. Returns status 0 if the server closed without answering. Not held
// to the document (call expect_as_documented where it should be).
HttpResponse exchange_raw(std::uint16_t port, const std::string& bytes,
                          std::chrono::seconds timeout = std::chrono::seconds{10});

// Writes raw bytes and reads up to `count` responses from the same connection.
std::vector<HttpResponse> exchange_raw_many(std::uint16_t port, const std::string& bytes, std::size_t count);

}  // namespace collabtender::test
