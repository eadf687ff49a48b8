#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace collabtender::test {

// fork + exec of `program` with `args`, standard output and error to `log_path`
// and standard input from `input_fd`; the child dies with the test.
pid_t spawn_program(const std::string& program, const std::vector<std::string>& args, const std::string& log_path,
                    int input_fd, const std::vector<std::string>& environment = {});

// A port nobody listens on at the moment of asking.
std::uint16_t free_port();

// The port in a server log's "listening on http://host:port" line, or 0 until that
// line has been written whole: the log reaches its file in buffer-sized pieces, so
// it can end in the middle of the number.
std::uint16_t listened_port(const std::string& log);

// The bearer token test servers take for GET /metrics, unless a test sets its own.
inline constexpr const char* test_metrics_token = "test-metrics-token-0123456789";

// Whether a test server's clock can be moved (`--test-clock`, see pass_time), as
// every test server's is unless a test needs one as production runs it.
enum class ServerClock { movable, real };

// The real `collabtender serve` as a child process on a free port, with its output
// in a log file. Waits until /healthz answers; stops it with SIGTERM on destruction.
class ServerProcess {
public:
    ServerProcess(const std::string& database_url, std::vector<std::string> extra_args = {},
                  ServerClock clock = ServerClock::movable);
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    std::uint16_t port() const { return port_; }
    // Where its emails go as .eml files (empty when the test chose an SMTP server).
    const std::string& mail_dir() const { return mail_dir_; }
    // Moves the server's clock (every rule, reminder and email) forward, as if
    // `by` had passed, and returns the server's time now. Tests pass deadlines
    // this way instead of sleeping until them.
    std::chrono::system_clock::time_point pass_time(std::chrono::seconds by) const;
    void signal(int number) const;
    // Waits for the process to end and returns its exit status (-1 on timeout).
    int wait_for_exit(int timeout_seconds);
    std::string log() const;
    // Waits (up to `limit`) for `text` to reach the log, which is flushed within a second.
    bool log_shows(const std::string& text, std::chrono::seconds limit = std::chrono::seconds{5}) const;
    // The database statements its log says the request with this X-Request-Id ran
    // (waiting for the line); -1 when no such line appears.
    int statements_of(const std::string& request_id) const;

private:
    void remove_files() const;

    pid_t pid_ = -1;
    std::uint16_t port_;
    std::string log_path_;
    std::string mail_dir_;
};

struct CommandResult {
    int exit_code;
    std::string output;  // standard output and standard error together
};

// Runs the collabtender binary with arguments, feeding `input` on standard input.
CommandResult run_collabtender(const std::vector<std::string>& args, const std::string& input = {},
                               const std::vector<std::string>& environment = {});

// Runs a shell command, standard error joined to standard output.
CommandResult run_shell(const std::string& command);

}  // namespace collabtender::test
