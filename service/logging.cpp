#include "service/logging.hpp"

#include <cstdio>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string_view>

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/spdlog.h>

namespace collabtender::service {
namespace {

// Text as the inside of a JSON string.
void append_json_escaped(std::string_view text, spdlog::memory_buf_t& dest) {
    static constexpr char hex[] = "0123456789abcdef";
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            dest.push_back('\\');
            dest.push_back(c);
        } else if (u < 0x20) {
            const char escaped[] = {'\\', 'u', '0', '0', hex[u >> 4], hex[u & 0xf]};
            dest.append(escaped, escaped + sizeof escaped);
        } else {
            dest.push_back(c);
        }
    }
}

// %* prints the message as the inside of a JSON string.
class JsonEscapedMessage : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg& msg, const std::tm&, spdlog::memory_buf_t& dest) override {
        append_json_escaped({msg.payload.data(), msg.payload.size()}, dest);
    }
    std::unique_ptr<custom_flag_formatter> clone() const override { return std::make_unique<JsonEscapedMessage>(); }
};

// The request line being written on this thread (the logger formats as it is
// called), so that a JSON line carries its fields as JSON too.
thread_local const RequestLogLine* request_being_logged = nullptr;

// %R adds a request line's fields (`,"route":"…","statements":3,…`); nothing on other lines.
class JsonRequestFields : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg&, const std::tm&, spdlog::memory_buf_t& dest) override {
        const auto* line = request_being_logged;
        if (!line) return;
        const auto text = [&](std::string_view name, std::string_view value) {
            fmt::format_to(std::back_inserter(dest), ",\"{}\":\"", name);
            append_json_escaped(value, dest);
            dest.push_back('"');
        };
        text("request_id", line->request_id);
        text("method", line->method);
        text("route", line->route);
        fmt::format_to(std::back_inserter(dest), ",\"status\":{},\"duration_ms\":{:.3f},\"statements\":{}", line->status,
                       static_cast<double>(line->duration.count()) / 1000.0, line->statements);
        if (!line->user_id.empty()) text("user_id", line->user_id);
        text("client", line->client);
    }
    std::unique_ptr<custom_flag_formatter> clone() const override { return std::make_unique<JsonRequestFields>(); }
};

// Standard output without a flush per line (spdlog's console sinks flush each
// one, a system call per request): under load lines are flushed every 200 ms,
// when idle within a second, and warnings and errors at once, so at most a
// moment of request lines is lost if the process is killed.
class BufferedStdout final : public spdlog::sinks::base_sink<std::mutex> {
protected:
    void sink_it_(const spdlog::details::log_msg& msg) override {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        std::fwrite(formatted.data(), 1, formatted.size(), stdout);
        if (msg.time - flushed_ >= std::chrono::milliseconds{200}) flush_();
    }
    void flush_() override {
        std::fflush(stdout);
        flushed_ = spdlog::log_clock::now();
    }

private:
    spdlog::log_clock::time_point flushed_{};
};

void install_logger() {
    static std::once_flag installed;
    std::call_once(installed, [] {
        auto logger = std::make_shared<spdlog::logger>("collabtender", std::make_shared<BufferedStdout>());
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(std::move(logger));
        spdlog::flush_every(std::chrono::seconds{1});
    });
}

}  // namespace

void configure_logging(const std::string& level, const std::string& format) {
    install_logger();
    const auto parsed = spdlog::level::from_str(level);
    if (parsed == spdlog::level::off && level != "off") throw std::invalid_argument{"unknown log level: " + level};
    spdlog::set_level(parsed);
    if (format == "json") {
        auto formatter = std::make_unique<spdlog::pattern_formatter>(spdlog::pattern_time_type::utc);
        formatter->add_flag<JsonEscapedMessage>('*');
        formatter->add_flag<JsonRequestFields>('R').set_pattern(
            R"({"time":"%Y-%m-%dT%H:%M:%S.%fZ","level":"%l","message":"%*"%R})");
        spdlog::set_formatter(std::move(formatter));
    } else {
        spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%fZ %l %v", spdlog::pattern_time_type::utc);
    }
}

void log_request(const RequestLogLine& line) {
    request_being_logged = &line;
    const struct Done {
        ~Done() { request_being_logged = nullptr; }
    } done;
    spdlog::log(line.probe ? spdlog::level::debug : spdlog::level::info,
                "request request_id={} method={} route={} status={} duration_ms={:.3f} statements={} user_id={} client={}",
                line.request_id, line.method, line.route, line.status,
                static_cast<double>(line.duration.count()) / 1000.0, line.statements,
                line.user_id.empty() ? "-" : line.user_id, line.client);
}

}  // namespace collabtender::service
