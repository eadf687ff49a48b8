#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/accounts.hpp"

namespace collabtender::api {

// An HTTP request as handlers see it: no Beast types, so api/ compiles quickly and
// handlers can be tested without a socket.
struct Request {
    std::string method;
    std::string path;
    std::string query;
    std::map<std::string, std::string> headers;  // names lower-cased
    std::string body;
    std::string request_id;
    std::map<std::string, std::string> path_params;

    std::optional<std::string> header(const std::string& lower_name) const {
        const auto found = headers.find(lower_name);
        if (found == headers.end()) return std::nullopt;
        return found->second;
    }
    const std::string& param(const std::string& name) const { return path_params.at(name); }
};

struct Response {
    int status = 200;
    std::string content_type;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

}  // namespace collabtender::api
