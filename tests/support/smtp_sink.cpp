#include "tests/support/smtp_sink.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <netinet/in.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <sodium.h>

#include "tests/support/server_process.hpp"

namespace collabtender::test {
namespace {

bool listening(std::uint16_t port) {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(port);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    ::close(fd);
    return ok;
}

}  // namespace

SmtpSink::SmtpSink(std::uint16_t port, double rcpt_delay_seconds) : port_{port} {
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (port == 0) port_ = free_port();
        folder_ = "/tmp/collabtender-smtp-" + std::to_string(::getpid()) + "-" + std::to_string(port_);
        if (start(rcpt_delay_seconds)) return;
        if (port != 0) break;
    }
    throw std::runtime_error{"the SMTP sink could not start on port " + std::to_string(port_) + " (taken?)"};
}

bool SmtpSink::start(double rcpt_delay_seconds) {
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
    const int null_input = ::open("/dev/null", O_RDONLY);
    pid_ = spawn_program("/usr/bin/python3",
                         {COLLABTENDER_SOURCE_DIR "/tests/support/smtp_sink.py", std::to_string(port_), folder_,
                          std::to_string(rcpt_delay_seconds)},
                         folder_ + ".log", null_input);
    ::close(null_input);
    // Ready once it says so itself: something else listening on the port (another
    // test's server that took it meanwhile) is not the sink.
    for (int i = 0; i < 400; ++i) {
        if (std::filesystem::exists(folder_ + "/ready") && listening(port_)) return true;
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            std::filesystem::remove_all(folder_);
            std::filesystem::remove(folder_ + ".log");
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds{50});
    }
    throw std::runtime_error{"the SMTP sink did not start (is python3-aiosmtpd installed?)"};
}

SmtpSink::~SmtpSink() {
    if (pid_ > 0) {
        ::kill(pid_, SIGTERM);
        ::waitpid(pid_, nullptr, 0);
    }
    std::filesystem::remove_all(folder_);
    std::filesystem::remove(folder_ + ".log");
}

std::vector<std::string> SmtpSink::messages() const {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator{folder_})
        if (entry.path().extension() == ".eml") files.push_back(entry.path());
    // (ready and recipients.log are the sink's own notes, not messages.)
    std::sort(files.begin(), files.end());
    std::vector<std::string> out;
    for (const auto& file : files) {
        std::ifstream in{file, std::ios::binary};
        std::stringstream text;
        text << in.rdbuf();
        out.push_back(text.str());
    }
    return out;
}

bool SmtpSink::wait_for(std::size_t count, std::chrono::seconds limit) const {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (messages().size() < count) {
        if (std::chrono::steady_clock::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds{50});
    }
    return true;
}

bool SmtpSink::wait_for_conversation(std::chrono::seconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < deadline) {
        std::ifstream log{folder_ + "/recipients.log"};
        std::size_t lines = 0;
        for (std::string line; std::getline(log, line);) ++lines;
        if (lines > conversations_seen_) {
            conversations_seen_ = lines;
            return true;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds{2});
    }
    return false;
}

std::string header(const std::string& message, const std::string& name) {
    std::istringstream lines{message};
    std::string line;
    while (std::getline(lines, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) break;  // the end of the headers
        if (line.size() > name.size() && line.compare(0, name.size(), name) == 0 && line[name.size()] == ':')
            return line.substr(name.size() + 2);
    }
    return {};
}

std::string plain_text(const std::string& message) {
    const auto part = message.find("Content-Type: text/plain");
    if (part == std::string::npos) return {};
    const auto start = message.find("\r\n\r\n", part) + 4;
    const auto end = message.find("--", start);
    std::string encoded;
    for (const char c : message.substr(start, end - start))
        if (c != '\r' && c != '\n') encoded += c;
    std::string out(encoded.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), encoded.c_str(), encoded.size(),
                          nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0)
        return {};
    out.resize(length);
    return out;
}

}  // namespace collabtender::test
