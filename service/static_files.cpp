#include "service/static_files.hpp"

#include <fstream>
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

}  // namespace

StaticFiles::StaticFiles(const std::filesystem::path& root) {
    if (!std::filesystem::is_regular_file(root / "index.html"))
        throw std::runtime_error{"--web-root " + root.string() + " has no index.html (build the client: web/build)"};
    for (const auto& entry : std::filesystem::recursive_directory_iterator{root}) {
        if (!entry.is_regular_file()) continue;
        const auto relative = std::filesystem::relative(entry.path(), root).generic_string();
        auto body = read_all(entry.path());
        const auto etag = "\"" + api::sha256_hex(body).substr(0, 32) + "\"";
        files_["/" + relative] = {content_type_of(entry.path()), std::move(body), etag,
                                  relative.rfind("assets/", 0) == 0};
    }
}

std::optional<api::Response> StaticFiles::find(const std::string& path,
                                               const std::optional<std::string>& if_none_match) const {
    if (files_.empty()) return std::nullopt;
    auto found = files_.find(path == "/" ? "/index.html" : path);
    if (found == files_.end()) {
        // A client-side route such as /panels/3: the last segment has no dot.
        if (path.substr(path.rfind('/') + 1).find('.') != std::string::npos) return std::nullopt;
        found = files_.find("/index.html");
    }
    const auto& file = found->second;
    api::Response response{200, file.content_type, file.body,
                           {{"Cache-Control", file.immutable ? "public, max-age=31536000, immutable" : "no-cache"},
                            {"ETag", file.etag},
                            {"Content-Security-Policy", content_security_policy},
                            {"Referrer-Policy", "no-referrer"}}};
    if (if_none_match == file.etag) {
        response.status = 304;
        response.content_type.clear();
        response.body.clear();
    }
    return response;
}

}  // namespace collabtender::service
