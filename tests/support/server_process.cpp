#include "tests/support/server_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <netinet/in.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "domain/time_format.hpp"
#include "tests/support/http_client.hpp"

extern char** environ;

namespace collabtender::test {
namespace {

// What each thread of a process is doing (state and kernel wait channel), to tell
// a process stalled on the disk (D) from one waiting for work (S).
std::string thread_states(pid_t pid) {
    std::string out = "threads of " + std::to_string(pid) + ":\n";
    std::error_code error;
    for (const auto& task : std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task", error)) {
        std::ifstream stat{task.path() / "stat"}, wchan{task.path() / "wchan"};
        std::string line, channel;
        std::getline(stat, line);
        std::getline(wchan, channel);
        const auto close = line.rfind(')');
        out += "  " + line.substr(0, close == std::string::npos ? line.size() : close + 3) + " wchan=" + channel + "\n";
    }
    return out;
}

// A new, empty file of its own: a name made of the pid and a counter could be one
// an earlier process with the same pid left behind, and its "listening on" line
// would send the probes to a port nobody listens on.
std::string temp_path(const char* stem) {
    std::string path = "/tmp/" + std::string{stem} + "-XXXXXX.log";
    const int fd = ::mkstemps(path.data(), 4);
    if (fd < 0) throw std::runtime_error{"cannot create " + path};
    ::close(fd);
    return path;
}

// A new, empty folder of its own, for the same reason.
std::string temp_folder(const char* stem) {
    std::string path = "/tmp/" + std::string{stem} + "-XXXXXX";
    if (::mkdtemp(path.data()) == nullptr) throw std::runtime_error{"cannot create " + path};
    return path;
}

}  // namespace

// fork + exec of `program` with stdout and stderr to `log_path` and stdin from `input_fd`.
pid_t spawn_program(const std::string& program, const std::vector<std::string>& args, const std::string& log_path,
                    int input_fd, const std::vector<std::string>& environment) {
    std::vector<char*> argv;
    argv.push_back(const_cast<char*>(program.c_str()));
    for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
    argv.push_back(nullptr);
    std::vector<std::string> env_strings;
    for (char** e = environ; *e != nullptr; ++e) env_strings.emplace_back(*e);
    env_strings.insert(env_strings.end(), environment.begin(), environment.end());
    std::vector<char*> envp;
    for (auto& e : env_strings) envp.push_back(e.data());
    envp.push_back(nullptr);

    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error{"fork failed"};
    if (pid == 0) {
        // Dies with the test, should the test itself be killed (e.g. by ctest's timeout).
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        const int log = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        ::dup2(log, STDOUT_FILENO);
        ::dup2(log, STDERR_FILENO);
        ::dup2(input_fd, STDIN_FILENO);
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    return pid;
}

namespace {

pid_t spawn(const std::vector<std::string>& args, const std::string& log_path, int input_fd,
            const std::vector<std::string>& environment) {
    return spawn_program(COLLABTENDER_BINARY, args, log_path, input_fd, environment);
}

std::string read_file(const std::string& path) {
    std::ifstream in{path};
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

int exit_status(int status) { return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status); }

}  // namespace

std::uint16_t free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    ::close(fd);
    return ntohs(address.sin_port);
}

std::uint16_t listened_port(const std::string& log) {
    const std::string listening = "listening on http://";
    const auto at = log.find(listening);
    if (at == std::string::npos) return 0;
    const auto end = log.find('\n', at);
    if (end == std::string::npos) return 0;
    const auto colon = log.rfind(':', end);
    return static_cast<std::uint16_t>(std::stoi(log.substr(colon + 1, end - colon - 1)));
}

ServerProcess::ServerProcess(const std::string& database_url, std::vector<std::string> extra_args, ServerClock clock)
    : port_{0}, log_path_{temp_path("collabtender-serve")} {
    const auto chose = [&](const char* option) {
        return std::find(extra_args.begin(), extra_args.end(), option) != extra_args.end();
    };
    // Port 0: the kernel picks a free port as it binds, and the log says which, so
    // no test races another program for a port.
    std::vector<std::string> args{"serve", "--database-url", database_url};
    if (!chose("--listen")) args.insert(args.end(), {"--listen", "127.0.0.1:0"});
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    // Small pools unless the test chose otherwise.
    for (const auto& [option, value] : {std::pair{"--io-threads", "2"}, std::pair{"--db-workers", "4"}})
        if (!chose(option)) args.insert(args.end(), {option, value});
    // COLLABTENDER_TEST_LOG_LEVEL=trace (with COLLABTENDER_KEEP_LOGS=1) names every
    // statement each request runs.
    if (const char* level = std::getenv("COLLABTENDER_TEST_LOG_LEVEL"); level != nullptr && !chose("--log-level"))
        args.insert(args.end(), {"--log-level", level});
    if (!chose("--metrics-token")) args.insert(args.end(), {"--metrics-token", test_metrics_token});
    // Tests move the server's clock rather than wait (pass_time); tokens outlive that.
    if (clock == ServerClock::movable) args.emplace_back("--test-clock");
    if (!chose("--token-lifetime")) args.insert(args.end(), {"--token-lifetime", std::to_string(60 * 86400)});
    // Mail into a folder of its own, checked often, unless the test sends it elsewhere.
    if (!chose("--mail-dir") && !chose("--smtp-url")) {
        mail_dir_ = temp_folder("collabtender-mail");
        args.insert(args.end(), {"--mail-dir", mail_dir_});
    }
    for (const auto* poll : {"--mail-poll-ms", "--schedule-poll-ms"})
        if (!chose(poll)) args.insert(args.end(), {poll, "200"});
    const int null_input = ::open("/dev/null", O_RDONLY);
    pid_ = spawn(args, log_path_, null_input, {});
    ::close(null_input);

    // If it never answers, the failure says what the last probe got and what each
    // thread was waiting on. Each probe waits 2 s at most.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{30};
    std::string last_probe = "no probe: the port was never logged";
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            const auto failure = "collabtender serve exited at start-up:\n" + log();
            remove_files();  // a constructor that throws has no destructor run
            throw std::runtime_error{failure};
        }
        if (port_ == 0) port_ = listened_port(log());
        try {
            if (port_ != 0) {
                const auto probe =
                    exchange_raw(port_, "GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", std::chrono::seconds{2});
                if (probe.status == 200) return;
                last_probe = "the last probe got " + std::to_string(probe.status) + ": " + probe.body;
            }
        } catch (const std::exception& e) {
            last_probe = std::string{"the last probe failed: "} + e.what();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds{50});
    }
    const auto failure = "collabtender serve did not answer /healthz within 30 s (" + last_probe + "):\n" + log() +
                         "\n" + thread_states(pid_);
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
    pid_ = -1;
    remove_files();
    throw std::runtime_error{failure};
}

ServerProcess::~ServerProcess() {
    if (pid_ > 0) {
        ::kill(pid_, SIGTERM);
        if (wait_for_exit(30) == -1) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
    }
    remove_files();
}

// Also when the test stopped the server itself, or it never started.
void ServerProcess::remove_files() const {
    // COLLABTENDER_KEEP_LOGS=1 keeps the service's log for a failing test.
    if (std::getenv("COLLABTENDER_KEEP_LOGS") == nullptr) ::unlink(log_path_.c_str());
    if (!mail_dir_.empty()) std::filesystem::remove_all(mail_dir_);
}

std::chrono::system_clock::time_point ServerProcess::pass_time(std::chrono::seconds by) const {
    const auto answer = post_json(port_, "/test/clock", "{\"seconds\": " + std::to_string(by.count()) + "}");
    if (answer.status != 200) throw std::runtime_error{"moving the test clock failed: " + answer.body};
    const auto now = domain::parse_rfc3339(std::string{answer.json().at("now").as_string()});
    if (!now) throw std::runtime_error{"the test clock answered no time: " + answer.body};
    return *now;
}

void ServerProcess::signal(int number) const { ::kill(pid_, number); }

int ServerProcess::wait_for_exit(int timeout_seconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds{timeout_seconds};
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            return exit_status(status);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds{20});
    }
    return -1;
}

std::string ServerProcess::log() const { return read_file(log_path_); }

bool ServerProcess::log_shows(const std::string& text, std::chrono::seconds limit) const {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (log().find(text) == std::string::npos) {
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds{50});
    }
    return true;
}

int ServerProcess::statements_of(const std::string& request_id) const {
    const auto key = "request_id=" + request_id + " ";
    if (!log_shows(key)) return -1;
    const auto text = log();
    const auto line = text.find(key);
    const auto field = text.find(" statements=", line);
    if (field == std::string::npos || field > text.find('\n', line)) return -1;
    return std::stoi(text.substr(field + std::string_view{" statements="}.size()));
}

CommandResult run_collabtender(const std::vector<std::string>& args, const std::string& input,
                               const std::vector<std::string>& environment) {
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) throw std::runtime_error{"pipe failed"};
    const auto log_path = temp_path("collabtender-cli");
    const pid_t pid = spawn(args, log_path, pipe_fds[0], environment);
    ::close(pipe_fds[0]);
    if (!input.empty() && ::write(pipe_fds[1], input.data(), input.size()) < 0) {
        // The child may exit before reading; its exit code tells the story.
    }
    ::close(pipe_fds[1]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    CommandResult result{exit_status(status), read_file(log_path)};
    ::unlink(log_path.c_str());
    return result;
}

CommandResult run_shell(const std::string& command) {
    std::string output;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    char buffer[512];
    while (pipe != nullptr && std::fgets(buffer, sizeof buffer, pipe) != nullptr) output += buffer;
    const int status = pipe == nullptr ? -1 : ::pclose(pipe);
    return {status == -1 ? -1 : exit_status(status), output};
}

}  // namespace collabtender::test
