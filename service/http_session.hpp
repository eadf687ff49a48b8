#pragma once

// Internal to the HTTP server: the only header besides beast.cpp that pulls in Beast.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include "api/http.hpp"
#include "api/router.hpp"
#include "api/problem.hpp"
#include "service/dispatcher.hpp"
#include "service/http_server.hpp"
#include "service/sign_in_throttle.hpp"

namespace collabtender::service {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

// What every session of one server shares.
struct SessionShared {
    struct Init {
        const Dispatcher& dispatcher;
        Metrics& metrics;
        HttpLimits limits;
        std::atomic<std::size_t>& open_connections;
        TrustedProxies trusted_proxies;
        domain::AttemptPolicy sign_in_attempts;
    };
    explicit SessionShared(Init init)
        : dispatcher{init.dispatcher},
          metrics{init.metrics},
          limits{init.limits},
          open_connections{init.open_connections},
          trusted_proxies{std::move(init.trusted_proxies)},
          sign_ins{init.sign_in_attempts} {}

    const Dispatcher& dispatcher;
    Metrics& metrics;
    HttpLimits limits;
    std::atomic<std::size_t>& open_connections;
    const TrustedProxies trusted_proxies;
    SignInThrottle sign_ins;
    std::atomic<std::size_t> body_bytes{0};  // reserved by requests whose bodies are being read or handled
    std::atomic<bool> stopping{false};
};

struct UploadInProgress;  // http_session.cpp

// One client connection: requests are read and answered one at a time, on the
// connection's strand, with the database work done elsewhere.
class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(tcp::socket&& socket, SessionShared& shared);
    ~HttpSession();

    void start();
    // Called on shutdown: closes the connection now if no request is in flight;
    // otherwise it closes after the current answer.
    void stop_if_idle();
    beast::tcp_stream::executor_type executor() { return stream_.get_executor(); }

private:
    void do_read();
    void on_header(beast::error_code error, std::size_t bytes);
    void note_request(const http::request_header<>& header);
    void authorize_sender();
    void read_body();
    void store_body();
    void read_piece();
    void on_piece(beast::error_code error, std::size_t bytes);
    void finish_upload();
    void abandon_upload();
    bool reserve_body(std::size_t bytes);
    void release_body();
    void on_read(beast::error_code error, std::size_t bytes);
    bool answer_read_error(beast::error_code error);
    void reject(const api::Problem& problem);
    void reject(api::Response response);
    std::string client_for(const http::request_header<>& header) const;
    void handle(http::request<http::string_body>&& request);
    void dispatch(api::Request request, bool keep_alive);
    void send(api::Response response);
    template <typename Body>
    void set_head(http::response<Body>& message, const api::Response& response, bool keep_alive);
    void send_streamed(const api::Response& response, bool keep_alive);
    void stream_next();
    void on_write(bool close, beast::error_code error, std::size_t bytes);
    void do_close();
    void drain();

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    // A route that stores its body: the same message read a piece at a time.
    std::optional<http::request_parser<http::buffer_body>> upload_parser_;
    std::shared_ptr<UploadInProgress> upload_;
    std::shared_ptr<http::response<http::string_body>> response_;
    std::string head_;  // response_'s status line and fields, serialized
    // A streamed answer in flight: its head, the body's source, how far it got.
    struct Streaming {
        std::shared_ptr<http::response<http::empty_body>> head;
        std::shared_ptr<http::response_serializer<http::empty_body>> serializer;
        std::shared_ptr<const api::StreamedBody> body;
        std::uint64_t offset = 0;
        std::string piece;
        bool keep_alive = false;
    };
    std::optional<Streaming> streaming_;
    SessionShared& shared_;
    std::optional<net::ip::address> peer_;  // unset if the socket could not say
    std::string peer_name_;                 // as logged

    // About the request in flight (client_: the peer, or whom a trusted proxy names).
    std::string client_;

    // After refusing an oversized request: its unread rest, read and dropped.
    bool drain_on_close_ = false;
    std::vector<char> drain_buffer_;
    std::size_t drained_ = 0;

    std::size_t body_limit_ = 0;
    std::size_t body_reserved_ = 0;     // of shared_.body_bytes, held until the answer is written
    std::optional<Sender> sender_;      // when checked before the body was read
    std::string sign_in_key_;           // the client a sign-in attempt was counted against
    bool every_attempt_counts_ = false;  // ... and whether it stays counted however it is answered
    bool busy_ = false;
    bool keep_alive_ = false;
    unsigned version_ = 11;
    std::string target_;
    std::chrono::steady_clock::time_point started_;
    std::string request_id_;
    std::string method_;
    api::Router::Match match_;  // found when the header arrives, handed on to dispatch
    std::string route_;
    bool probe_ = false;
    std::string user_id_;
    std::uint64_t statements_ = 0;  // database statements run for the request in hand
};

}  // namespace collabtender::service
