// The baseline for GET /healthz: a bare Boost.Beast server that answers every
// request with the same small JSON body, with as many I/O threads as the service
// and keep-alive, and nothing else: no routing, no logging, no metrics. The
// service's /healthz rate is reported as a fraction of this server's.
//   bench_baseline PORT [THREADS]
#include <cstdlib>
#include <iostream>
#include <memory>
#include <thread>
#include <vector>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class Session : public std::enable_shared_from_this<Session> {
public:
    explicit Session(tcp::socket socket) : stream_{std::move(socket)} {}
    void start() { read(); }

private:
    void read() {
        request_ = {};
        http::async_read(stream_, buffer_, request_, [self = shared_from_this()](beast::error_code error, std::size_t) {
            if (error) return;
            self->respond();
        });
    }
    void respond() {
        response_ = {http::status::ok, request_.version()};
        response_.set(http::field::content_type, "application/json");
        response_.body() = R"({"status":"ok"})";
        response_.keep_alive(request_.keep_alive());
        response_.prepare_payload();
        http::async_write(stream_, response_, [self = shared_from_this()](beast::error_code error, std::size_t) {
            if (error || !self->response_.keep_alive()) return;
            self->read();
        });
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    http::request<http::string_body> request_;
    http::response<http::string_body> response_;
};

void accept(net::io_context& io, tcp::acceptor& acceptor) {
    acceptor.async_accept(net::make_strand(io), [&io, &acceptor](beast::error_code error, tcp::socket socket) {
        if (!error) std::make_shared<Session>(std::move(socket))->start();
        accept(io, acceptor);
    });
}

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: bench_baseline PORT [THREADS]\n";
        return 2;
    }
    const auto port = static_cast<unsigned short>(std::atoi(argv[1]));
    const int threads = argc > 2 ? std::atoi(argv[2]) : 2;
    net::io_context io{threads};
    tcp::acceptor acceptor{io, {net::ip::make_address("127.0.0.1"), port}};
    accept(io, acceptor);
    std::vector<std::thread> workers;
    for (int i = 1; i < threads; ++i) workers.emplace_back([&io] { io.run(); });
    io.run();
    for (auto& w : workers) w.join();
}
