#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>

#include "api/http.hpp"

namespace collabtender::service {

// The built web client, served at `/`. Every file is read into memory once at
// start-up: the client is small, requests then never touch the disk, and a path
// can only name a file that was there (no traversal to check per request).
class StaticFiles {
public:
    StaticFiles() = default;  // serves nothing
    // Throws std::runtime_error when root is not a folder with an index.html.
    explicit StaticFiles(const std::filesystem::path& root);

    // The answer to a GET of `path` (never under /api/), or nullopt when it is not
    // the client's. A path without an extension is a client-side route and gets
    // index.html. `if_none_match` is the request's header, for 304s; by
    // `accept_encoding`, a copy compressed at build (FILE.br, FILE.gz) is sent.
    std::optional<api::Response> find(const std::string& path, const std::optional<std::string>& if_none_match,
                                      const std::optional<std::string>& accept_encoding = std::nullopt) const;

    std::size_t size() const { return files_.size(); }

private:
    struct Encoded {
        std::string body;
        std::string etag;
    };
    struct File {
        std::string content_type;
        Encoded identity;
        std::map<std::string, Encoded> compressed;  // by Content-Encoding: br, gzip
        bool immutable = false;  // Vite's hashed assets
    };
    std::map<std::string, File> files_;  // by URL path, e.g. /assets/index-3f2a.js
};

}  // namespace collabtender::service
