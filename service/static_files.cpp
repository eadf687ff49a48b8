#include "service/static_files.hpp"

#include <algorithm>
#include <fstream>
#include <string_view>
#include <utility>
#include <iterator>
#include <stdexcept>

#include "api/json_values.hpp"

namespace collabtender::service {
namespace {

// No inline script or style anywhere in the client, and nothing from elsewhere.
constexpr const char* content_security_policy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

std::string content_type_of(const std::filesystem::path& file) {
    static const std::map<std::string, std::string> types{
        {".html", "text/html; charset=utf-8"},
        {".js", "text/javascript; charset=utf-8"},
        {".mjs", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},
        {".json", "application/json"},
        {".webmanifest", "application/manifest+json"},
        {".svg", "image/svg+xml"},
        {".png", "image/png"},
        {".jpg", "image/jpeg"},
        {".ico", "image/x-icon"},
        {".woff", "font/woff"},
        {".woff2", "font/woff2"},
        {".txt", "text/plain; charset=utf-8"},
        {".map", "application/json"},
    };
    const auto found = types.find(file.extension().string());
    return found == types.end() ? "application/octet-stream" : found->second;
}

std::string read_all(const std::filesystem::path& file) {
    std::ifstream in{file, std::ios::binary};
    if (!in) throw std::runtime_error{"cannot read " + file.string()};
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

// Copies web/precompress writes beside a file, by the Content-Encoding they carry,
// in the order they are preferred.
constexpr std::pair<const char*, const char*> encodings[] = {{"br", ".br"}, {"gzip", ".gz"}};

bool is_compressed_copy(const std::filesystem::path& file) {
    for (const auto& [name, suffix] : encodings)
        if (file.extension() == suffix) return true;
    return false;
}

// Whether Accept-Encoding admits `coding` (RFC 9110 12.5.3): named or "*", with a
// quality above zero.
bool accepts(std::string_view header, std::string_view coding) {
    bool named = false, star = false;
    while (!header.empty()) {
        auto item = header.substr(0, header.find(','));
        header.remove_prefix(std::min(header.size(), item.size() + 1));
        const auto semicolon = item.find(';');
        auto name = item.substr(0, semicolon);
        while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
        while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
        bool zero = false;
        if (semicolon != std::string_view::npos) {
            auto q = item.substr(semicolon + 1);
            while (!q.empty() && q.front() == ' ') q.remove_prefix(1);
            zero = q.starts_with("q=0") && q.find_first_of("123456789", 3) == std::string_view::npos;
        }
        if (name == coding) named = !zero;
        if (name == "*") star = !zero;
        if (name == coding && zero) return false;
    }
    return named || star;
}

std::string etag_of(const std::string& body, std::string_view coding = {}) {
    return "\"" + api::sha256_hex(body).substr(0, 32) + (coding.empty() ? "" : "-" + std::string{coding}) + "\"";
}

}  // namespace

StaticFiles::StaticFiles(const std::filesystem::path& root) {
    if (!std::filesystem::is_regular_file(root / "index.html"))
        throw std::runtime_error{"--web-root " + root.string() + " has no index.html (build the client: web/build)"};
    for (const auto& entry : std::filesystem::recursive_directory_iterator{root}) {
        if (!entry.is_regular_file() || is_compressed_copy(entry.path())) continue;
        const auto relative = std::filesystem::relative(entry.path(), root).generic_string();
        auto body = read_all(entry.path());
        File file{content_type_of(entry.path()), {body, etag_of(body)}, {}, relative.rfind("assets/", 0) == 0};
        for (const auto& [coding, suffix] : encodings) {
            const auto copy = std::filesystem::path{entry.path().string() + suffix};
            if (!std::filesystem::is_regular_file(copy)) continue;
            auto compressed = read_all(copy);
            file.compressed[coding] = {compressed, etag_of(body, coding)};
        }
        files_["/" + relative] = std::move(file);
    }
}

std::optional<api::Response> StaticFiles::find(const std::string& path, const std::optional<std::string>& if_none_match,
                                               const std::optional<std::string>& accept_encoding) const {
    if (files_.empty()) return std::nullopt;
    auto found = files_.find(path == "/" ? "/index.html" : path);
    if (found == files_.end()) {
        // A client-side route such as /panels/3: the last segment has no dot.
        if (path.substr(path.rfind('/') + 1).find('.') != std::string::npos) return std::nullopt;
        found = files_.find("/index.html");
    }
    const auto& file = found->second;
    const Encoded* chosen = &file.identity;
    std::string coding;
    for (const auto& [name, suffix] : encodings) {
        const auto copy = file.compressed.find(name);
        if (copy == file.compressed.end() || !accept_encoding || !accepts(*accept_encoding, name)) continue;
        chosen = &copy->second;
        coding = name;
        break;
    }
    api::Response response{200, file.content_type, chosen->body,
                           {{"Cache-Control", file.immutable ? "public, max-age=31536000, immutable" : "no-cache"},
                            {"ETag", chosen->etag},
                            {"Vary", "Accept-Encoding"},
                            {"Content-Security-Policy", content_security_policy},
                            {"Referrer-Policy", "no-referrer"}}};
    if (!coding.empty()) response.headers.emplace_back("Content-Encoding", coding);
    if (if_none_match == chosen->etag) {
        response.status = 304;
        response.content_type.clear();
        response.body.clear();
    }
    return response;
}

}  // namespace collabtender::service
