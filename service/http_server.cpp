#include "service/http_server.hpp"

#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <spdlog/spdlog.h>

#include "service/http_session.hpp"

namespace collabtender::service {

struct HttpServer::Impl {
    // Declared first so that it outlives the io_context: sessions still queued in
    // a stopped io_context are destroyed with it and touch `shared` as they go.
    SessionShared shared;
    int io_threads;
    std::chrono::seconds drain_delay;
    std::chrono::seconds shutdown_grace;
    std::atomic<bool>& draining;

    std::mutex sessions_mutex;
    std::uint64_t next_session = 0;
    std::map<std::uint64_t, std::weak_ptr<HttpSession>> sessions;

    net::io_context io;
    // The acceptor, its retry timer and shutdown share one strand: the acceptor is
    // not safe to touch from two I/O threads at once.
    net::strand<net::io_context::executor_type> accept_strand{io.get_executor()};
    tcp::acceptor acceptor{accept_strand};
    net::steady_timer accept_retry{accept_strand};
    net::signal_set signals{accept_strand, SIGINT, SIGTERM};
    net::steady_timer drain_delay_timer{accept_strand};
    net::steady_timer drain_timer{accept_strand};
    net::executor_work_guard<net::io_context::executor_type> guard{io.get_executor()};

    Impl(const HttpOptions& options, SessionShared::Init init, std::atomic<bool>& draining_flag)
        : shared{init},
          io_threads{options.io_threads},
          drain_delay{options.drain_delay},
          shutdown_grace{options.shutdown_grace},
          draining{draining_flag},
          io{options.io_threads} {}

    void on_signal(int signal) {
        spdlog::info("received signal {}", signal);
        if (shared.stopping) return;
        if (draining || drain_delay.count() == 0) {
            drain_delay_timer.cancel();
            return begin_shutdown(std::chrono::steady_clock::now() + shutdown_grace);
        }
        // Still serving, but no longer ready: the load balancer's health check sees
        // 503 and sends the next requests elsewhere before the listener closes.
        draining = true;
        spdlog::info("draining: /readyz answers 503 for {} s before the listener closes", drain_delay.count());
        drain_delay_timer.expires_after(drain_delay);
        drain_delay_timer.async_wait([this](beast::error_code error) {
            if (!error && !shared.stopping) begin_shutdown(std::chrono::steady_clock::now() + shutdown_grace);
        });
        wait_for_signal();
    }

    void wait_for_signal() {
        signals.async_wait([this](beast::error_code error, int signal) {
            if (!error) on_signal(signal);
        });
    }

    void do_accept() {
        acceptor.async_accept(net::make_strand(io), [this](beast::error_code error, tcp::socket socket) {
            if (!acceptor.is_open()) return;
            if (!error) {
                start_session(std::move(socket));
                return do_accept();
            }
            // Out of file descriptors and the like: wait a little rather than spin.
            spdlog::warn("accept failed: {}", error.message());
            accept_retry.expires_after(std::chrono::milliseconds{100});
            accept_retry.async_wait([this](beast::error_code) {
                if (acceptor.is_open()) do_accept();
            });
        });
    }

    void start_session(tcp::socket socket) {
        auto session = std::make_shared<HttpSession>(std::move(socket), shared);
        {
            std::lock_guard lock{sessions_mutex};
            // Forget sessions that have ended; cheap while connections number hundreds.
            std::erase_if(sessions, [](const auto& entry) { return entry.second.expired(); });
            sessions.emplace(next_session++, session);
        }
        session->start();
    }

    void begin_shutdown(std::chrono::steady_clock::time_point deadline) {
        spdlog::info("stopping: no new connections; {} open", shared.open_connections.load());
        draining = true;
        shared.stopping = true;
        beast::error_code ignored;
        acceptor.close(ignored);
        accept_retry.cancel();
        std::lock_guard lock{sessions_mutex};
        for (auto& [id, weak] : sessions)
            if (auto session = weak.lock())
                net::post(session->executor(), [session] { session->stop_if_idle(); });
        wait_for_drain(deadline);
    }

    void wait_for_drain(std::chrono::steady_clock::time_point deadline) {
        if (shared.open_connections == 0 || std::chrono::steady_clock::now() >= deadline) {
            if (shared.open_connections != 0)
                spdlog::warn("grace period over with {} connections open", shared.open_connections.load());
            guard.reset();
            io.stop();
            return;
        }
        drain_timer.expires_after(std::chrono::milliseconds{20});
        drain_timer.async_wait([this, deadline](beast::error_code) { wait_for_drain(deadline); });
    }
};

HttpServer::HttpServer(HttpOptions options, const Dispatcher& dispatcher, Metrics& metrics,
                       std::atomic<std::size_t>& open_connections, std::atomic<bool>& draining)
    : impl_{std::make_unique<Impl>(options,
                                   SessionShared::Init{dispatcher, metrics, options.limits, open_connections,
                                                       std::move(options.trusted_proxies), options.sign_in_attempts},
                                   draining)} {
    const tcp::endpoint endpoint{net::ip::make_address(options.host), options.port};
    auto& acceptor = impl_->acceptor;
    acceptor.open(endpoint.protocol());
    acceptor.set_option(net::socket_base::reuse_address(true));
    acceptor.bind(endpoint);
    acceptor.listen(net::socket_base::max_listen_connections);
    const auto bound = acceptor.local_endpoint();
    spdlog::info("listening on http://{}:{}", bound.address().to_string(), bound.port());
    // At once, not with the next periodic flush: whoever started the service (a
    // supervisor, a test given port 0) reads the port from this line.
    spdlog::default_logger()->flush();
}

HttpServer::~HttpServer() = default;

std::uint16_t HttpServer::port() const { return impl_->acceptor.local_endpoint().port(); }

void HttpServer::run() {
    auto& impl = *impl_;
    impl.wait_for_signal();
    net::post(impl.accept_strand, [&impl] { impl.do_accept(); });
    std::vector<std::thread> threads;
    for (int i = 1; i < impl.io_threads; ++i) threads.emplace_back([&impl] { impl.io.run(); });
    impl.io.run();
    for (auto& thread : threads) thread.join();
    spdlog::info("stopped");
}

}  // namespace collabtender::service
