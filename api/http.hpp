#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/document_type.hpp"
#include "domain/ids.hpp"

namespace collabtender::persistence {
class Connection;
}

namespace collabtender::api {

// A body stored in the database piece by piece as it arrived (routes that take
// documents), so that no instance ever holds a whole document in memory.
struct StoredUpload {
    domain::UploadId id;     // its pieces' upload_id
    std::uint64_t size = 0;  // bytes in all
    std::string sha256;      // of all of them, lower-case hex
    std::optional<domain::DocumentType> type;  // what the bytes are, if an allowed type
};

// An HTTP request as handlers see it: no Beast types, so api/ compiles quickly and
// handlers can be tested without a socket.
struct Request {
    std::string method;
    std::string path;
    std::string query;
    std::map<std::string, std::string> headers;  // names lower-cased
    std::string body;
    std::optional<StoredUpload> upload;  // instead of `body`, on routes that store bodies in pieces
    std::string request_id;
    std::string client;  // the client's address (as the trusted proxies forward it)
    std::map<std::string, std::string> path_params;

    std::optional<std::string> header(const std::string& lower_name) const {
        const auto found = headers.find(lower_name);
        if (found == headers.end()) return std::nullopt;
        return found->second;
    }
    const std::string& param(const std::string& name) const { return path_params.at(name); }
};

// A body sent in pieces after the answer's head, so that a large download never
// sits whole in memory: `read` runs on a database worker and returns up to
// `piece` bytes from `offset`, fewer only at the end.
struct StreamedBody {
    std::uint64_t size = 0;
    std::function<std::string(persistence::Connection& db, std::uint64_t offset, std::size_t piece)> read;
};

struct Response {
    int status = 200;
    std::string content_type;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
    std::optional<StreamedBody> streamed = std::nullopt;  // instead of `body`
};

}  // namespace collabtender::api
