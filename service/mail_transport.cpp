#include "service/mail_transport.hpp"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>

#include <curl/curl.h>

namespace collabtender::service {
namespace {

CURL* new_curl() {
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    return curl_easy_init();
}

class SmtpTransport : public MailTransport {
public:
    explicit SmtpTransport(SmtpConfig config) : config_{std::move(config)} {}

    app::Delivery send(const std::string& from, const std::string& to, const std::string&,
                       const std::string& message) override {
        // One handle for every message keeps the connection open between them:
        // no QUIT after each, so the moment between the server's 250 and our
        // commit stays as short as it can be.
        if (!curl_) return {false, false, "libcurl could not start"};
        curl_easy_reset(curl_.get());
        curl_slist* recipients = curl_slist_append(nullptr, ("<" + to + ">").c_str());
        const std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> owned{recipients, curl_slist_free_all};
        Reader reader{message, 0};
        const auto sender = "<" + from + ">";
        char error[CURL_ERROR_SIZE] = {};

        curl_easy_setopt(curl_.get(), CURLOPT_URL, config_.url.c_str());
        curl_easy_setopt(curl_.get(), CURLOPT_MAIL_FROM, sender.c_str());
        curl_easy_setopt(curl_.get(), CURLOPT_MAIL_RCPT, recipients);
        curl_easy_setopt(curl_.get(), CURLOPT_UPLOAD, 1L);
        curl_easy_setopt(curl_.get(), CURLOPT_READFUNCTION, &Reader::read);
        curl_easy_setopt(curl_.get(), CURLOPT_READDATA, &reader);
        curl_easy_setopt(curl_.get(), CURLOPT_ERRORBUFFER, error);
        curl_easy_setopt(curl_.get(), CURLOPT_NOSIGNAL, 1L);
        curl_easy_setopt(curl_.get(), CURLOPT_CONNECTTIMEOUT, 10L);
        curl_easy_setopt(curl_.get(), CURLOPT_TIMEOUT, static_cast<long>(config_.timeout.count()));
        curl_easy_setopt(curl_.get(), CURLOPT_USE_SSL, config_.tls == "none" ? CURLUSESSL_NONE : CURLUSESSL_ALL);
        if (!config_.user.empty()) {
            curl_easy_setopt(curl_.get(), CURLOPT_USERNAME, config_.user.c_str());
            curl_easy_setopt(curl_.get(), CURLOPT_PASSWORD, config_.password.c_str());
        }
        const CURLcode code = curl_easy_perform(curl_.get());
        if (code == CURLE_OK) return {true, false, {}};
        long reply = 0;
        curl_easy_getinfo(curl_.get(), CURLINFO_RESPONSE_CODE, &reply);
        std::string why = error[0] != '\0' ? error : curl_easy_strerror(code);
        if (reply != 0) why += " (server replied " + std::to_string(reply) + ")";
        return {false, reply >= 500 && reply < 600, why};
    }

private:
    struct Reader {
        const std::string& text;
        std::size_t offset;
        static std::size_t read(char* buffer, std::size_t size, std::size_t count, void* self) {
            auto& r = *static_cast<Reader*>(self);
            const auto n = std::min(size * count, r.text.size() - r.offset);
            std::memcpy(buffer, r.text.data() + r.offset, n);
            r.offset += n;
            return n;
        }
    };

    SmtpConfig config_;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl_{new_curl(), curl_easy_cleanup};
};

class FolderTransport : public MailTransport {
public:
    explicit FolderTransport(std::string folder) : folder_{std::move(folder)} {}

    app::Delivery send(const std::string&, const std::string&, const std::string& message_id,
                       const std::string& message) override {
        std::error_code failed;
        std::filesystem::create_directories(folder_, failed);
        if (failed) return {false, false, "cannot create " + folder_ + ": " + failed.message()};
        std::string name = message_id;
        for (auto& c : name)
            if (c == '/' || c == '<' || c == '>') c = '_';
        const auto path = std::filesystem::path{folder_} / (name + ".eml");
        const auto partial = std::filesystem::path{folder_} / (name + ".eml.partial");
        {
            std::ofstream out{partial, std::ios::binary | std::ios::trunc};
            out << message;
            out.flush();
            if (!out) return {false, false, "cannot write " + partial.string()};
        }
        std::filesystem::rename(partial, path, failed);
        if (failed) return {false, false, "cannot write " + path.string() + ": " + failed.message()};
        return {true, false, {}};
    }

private:
    std::string folder_;
};

}  // namespace

std::unique_ptr<MailTransport> smtp_transport(SmtpConfig config) {
    return std::make_unique<SmtpTransport>(std::move(config));
}

std::unique_ptr<MailTransport> folder_transport(std::string folder) {
    return std::make_unique<FolderTransport>(std::move(folder));
}

}  // namespace collabtender::service
