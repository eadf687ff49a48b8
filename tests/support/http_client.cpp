#include "tests/support/http_client.hpp"

#include <boost/asio/write.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>
#include <doctest/doctest.h>

#include "tests/support/openapi_validator.hpp"

namespace collabtender::test {
namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

namespace {

HttpResponse convert(http::response<http::string_body>& message) {
    HttpResponse out;
    out.status = static_cast<int>(message.result_int());
    for (const auto& field : message) {
        std::string name{field.name_string()};
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        out.headers[name] = std::string{field.value()};
    }
    out.body = message.body();
    return out;
}

// Runs one asynchronous step to completion, so that tcp_stream's deadline applies
// (it does not to blocking calls): a hung server fails the test instead of hanging it.
template <class Start>
beast::error_code step(net::io_context& io, Start start) {
    beast::error_code result;
    start([&result](beast::error_code error, auto&&...) { result = error; });
    io.run();
    io.restart();
    return result;
}

void connect(net::io_context& io, beast::tcp_stream& stream, std::uint16_t port, std::chrono::seconds timeout) {
    stream.expires_after(timeout);
    const tcp::endpoint endpoint{net::ip::make_address("127.0.0.1"), port};
    if (auto error = step(io, [&](auto handler) { stream.async_connect(endpoint, handler); }))
        throw beast::system_error{error};
}

}  // namespace

void expect_as_documented(const HttpRequest& request, const HttpResponse& response) {
    const auto content_type = response.header("content-type");
    for (const auto& mismatch :
         OpenApiDocument::served().check({request.method, request.target, response.status, content_type, response.body}))
        FAIL_CHECK(mismatch);
}

std::string HttpResponse::header(const std::string& lower_name) const {
    const auto found = headers.find(lower_name);
    return found == headers.end() ? std::string{} : found->second;
}

boost::json::value HttpResponse::json() const {
    boost::json::parse_options deep;  // as deep as the service's stored JSON may be
    deep.max_depth = 64;
    return boost::json::parse(body, {}, deep);
}

HttpResponse send(std::uint16_t port, const HttpRequest& request) {
    net::io_context io;
    beast::tcp_stream stream{io};
    connect(io, stream, port, std::chrono::seconds{30});
    http::request<http::string_body> message{http::string_to_verb(request.method), request.target, 11};
    message.set(http::field::host, "127.0.0.1");
    if (!request.body.empty() || request.method == "POST") {
        message.set(http::field::content_type, request.content_type);
        message.body() = request.body;
    }
    if (!request.bearer.empty()) message.set(http::field::authorization, "Bearer " + request.bearer);
    for (const auto& [name, value] : request.headers) message.set(name, value);
    message.prepare_payload();
    if (auto error = step(io, [&](auto handler) { http::async_write(stream, message, handler); }))
        throw beast::system_error{error};
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    if (auto error = step(io, [&](auto handler) { http::async_read(stream, buffer, response, handler); }))
        throw beast::system_error{error};
    beast::error_code ignored;
    stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
    auto out = convert(response);
    expect_as_documented(request, out);
    return out;
}

HttpResponse get(std::uint16_t port, const std::string& target, const std::string& bearer) {
    return send(port, {"GET", target, "", "", bearer, {}});
}

HttpResponse post_json(std::uint16_t port, const std::string& target, const std::string& body,
                       const std::string& bearer) {
    return send(port, {"POST", target, body, "application/json", bearer, {}});
}

namespace {

std::vector<HttpResponse> exchange(std::uint16_t port, const std::string& bytes, std::size_t count,
                                   std::chrono::seconds timeout) {
    net::io_context io;
    beast::tcp_stream stream{io};
    connect(io, stream, port, timeout);
    // A server that answers early may close before everything is written: fine.
    step(io, [&](auto handler) { net::async_write(stream, net::buffer(bytes), handler); });
    beast::flat_buffer buffer;
    std::vector<HttpResponse> out;
    while (out.size() < count) {
        http::response<http::string_body> response;
        if (step(io, [&](auto handler) { http::async_read(stream, buffer, response, handler); })) break;
        out.push_back(convert(response));
    }
    return out;
}

}  // namespace

HttpResponse exchange_raw(std::uint16_t port, const std::string& bytes, std::chrono::seconds timeout) {
    auto responses = exchange(port, bytes, 1, timeout);
    return responses.empty() ? HttpResponse{} : responses.front();
}

std::vector<HttpResponse> exchange_raw_many(std::uint16_t port, const std::string& bytes, std::size_t count) {
    return exchange(port, bytes, count, std::chrono::seconds{10});
}

}  // namespace collabtender::test
