#include "api/pdf.hpp"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <semaphore>
#include <thread>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <spdlog/spdlog.h>

#include "api/problem.hpp"

extern char** environ;

namespace collabtender::api {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// WeasyPrint takes a second or two of one core per letter: two at once leave the
// rest of the machine to everyone else.
std::counting_semaphore<2> renders{2};

// A folder of its own per render, removed however the render ends.
struct TemporaryFolder {
    fs::path path;
    TemporaryFolder() {
        std::string name = (fs::temp_directory_path() / "collabtender-pdf-XXXXXX").string();
        if (::mkdtemp(name.data()) == nullptr) throw problems::unavailable("The PDF could not be made just now.");
        path = name;
    }
    ~TemporaryFolder() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

// Runs weasyprint IN OUT with nothing on standard input or output and its
// messages in `log`: its exit status, or nullopt if it ran past `limit` (then
// stopped).
std::optional<int> run_weasyprint(const fs::path& in, const fs::path& out, const fs::path& log,
                                  std::chrono::seconds limit) {
    posix_spawn_file_actions_t files;
    ::posix_spawn_file_actions_init(&files);
    ::posix_spawn_file_actions_addopen(&files, 0, "/dev/null", O_RDONLY, 0);
    ::posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
    ::posix_spawn_file_actions_addopen(&files, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::string program = "weasyprint", encoding = "--encoding", utf8 = "utf-8", input = in.string(), output = out.string();
    char* argv[] = {program.data(), encoding.data(), utf8.data(), input.data(), output.data(), nullptr};
    pid_t pid = 0;
    const int spawned = ::posix_spawnp(&pid, "weasyprint", &files, nullptr, argv, environ);
    ::posix_spawn_file_actions_destroy(&files);
    if (spawned == ENOENT)  // its own type: trying again soon will not help
        throw Problem{503, "pdf-unavailable", "PDFs cannot be made here",
                      "This installation cannot make PDFs (WeasyPrint is not installed): download the page to print "
                      "instead."}
            .with_header("Retry-After", "3600");
    if (spawned != 0) throw problems::unavailable("The PDF could not be made just now.");
    const auto deadline = std::chrono::steady_clock::now() + limit;
    int status = 0;
    while (::waitpid(pid, &status, WNOHANG) == 0) {
        if (std::chrono::steady_clock::now() > deadline) {
            ::kill(pid, SIGKILL);
            ::waitpid(pid, &status, 0);
            return std::nullopt;
        }
        std::this_thread::sleep_for(20ms);
    }
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

}  // namespace

std::string html_to_pdf(const std::string& html) {
    if (!renders.try_acquire_for(10s))
        throw problems::unavailable("Many PDFs are being made just now. Try again in a moment.");
    struct Release {
        ~Release() { renders.release(); }
    } release;

    const TemporaryFolder folder;
    const auto in = folder.path / "letter.html", out = folder.path / "letter.pdf", log = folder.path / "log";
    std::ofstream{in, std::ios::binary} << html;
    // No base URL is given: the page names no other file for WeasyPrint to reach.
    const auto status = run_weasyprint(in, out, log, 30s);
    if (!status) {
        spdlog::error("weasyprint ran over 30 s and was stopped");
        throw problems::unavailable("The PDF took too long to make. Try again in a moment.");
    }
    std::ifstream pdf{out, std::ios::binary};
    if (*status != 0 || !pdf) {
        std::ifstream err{log};
        spdlog::error("weasyprint failed ({}): {}", *status,
                      std::string{std::istreambuf_iterator<char>{err}, {}}.substr(0, 2000));
        throw problems::unavailable("The PDF could not be made just now.");
    }
    return {std::istreambuf_iterator<char>{pdf}, {}};
}

}  // namespace collabtender::api
