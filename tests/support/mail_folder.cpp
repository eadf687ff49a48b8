#include "tests/support/mail_folder.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "tests/support/smtp_sink.hpp"

namespace collabtender::test {

std::vector<std::string> emails_to(const ServerProcess& server, const std::string& address, std::size_t count) {
    std::vector<std::string> out;
    for (int i = 0; i < 200; ++i) {
        out.clear();
        if (std::filesystem::exists(server.mail_dir()))
            for (const auto& entry : std::filesystem::directory_iterator{server.mail_dir()}) {
                if (entry.path().extension() != ".eml") continue;
                std::ifstream in{entry.path()};
                std::stringstream text;
                text << in.rdbuf();
                if (header(text.str(), "To").find("<" + address + ">") != std::string::npos) out.push_back(text.str());
            }
        if (out.size() >= count) break;
        std::this_thread::sleep_for(std::chrono::milliseconds{50});
    }
    return out;
}

std::string link_secret(const std::string& email, const std::string& page) {
    const auto text = plain_text(email);
    const auto at = text.find(page + "#");
    if (at == std::string::npos) return {};
    const auto start = at + page.size() + 1;
    const auto end = text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", start);
    return text.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

}  // namespace collabtender::test
