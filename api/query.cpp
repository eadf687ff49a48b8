#include "api/query.hpp"

#include <algorithm>
#include <charconv>

#include "api/problem.hpp"
#include "domain/text.hpp"

namespace collabtender::api {
namespace {

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%' && i + 2 < text.size() && hex(text[i + 1]) >= 0 && hex(text[i + 2]) >= 0) {
            out += static_cast<char>(hex(text[i + 1]) * 16 + hex(text[i + 2]));
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

int integer(const std::map<std::string, std::string>& parameters, const char* name, int fallback, int min, int max) {
    const auto found = parameters.find(name);
    if (found == parameters.end()) return fallback;
    int value = 0;
    const auto& text = found->second;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value < min || value > max)
        throw bad_parameter(name, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return value;
}

}  // namespace

Problem bad_parameter(const std::string& name, std::string detail, std::string code) {
    return Problem{400, "invalid-query", "Invalid query parameter", "A query parameter is not acceptable."}
        .with_errors({{"?" + name, std::move(code), std::move(detail)}});
}

std::map<std::string, std::string> query_parameters(const Request& request, std::initializer_list<const char*> allowed) {
    std::map<std::string, std::string> out;
    std::string_view rest = request.query;
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const auto pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view{} : rest.substr(amp + 1);
        if (pair.empty()) continue;
        const auto eq = pair.find('=');
        const auto name = decode(pair.substr(0, eq));
        const auto value = eq == std::string_view::npos ? std::string{} : decode(pair.substr(eq + 1));
        // Names and values become text: never control characters or broken UTF-8.
        const auto plain = [](const std::string& s) {
            return domain::valid_utf8(s) &&
                   std::none_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
        };
        if (!plain(name) || !plain(value)) throw bad_parameter(plain(name) ? name : "", "must be plain text");
        if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return name == a; }))
            throw bad_parameter(name, "is not a parameter of this address");
        out[name] = value;
    }
    return out;
}

std::optional<int> stage_parameter(const Request& request) {
    const auto parameters = query_parameters(request, {"stage"});
    const auto found = parameters.find("stage");
    if (found == parameters.end()) return std::nullopt;
    if (found->second != "1" && found->second != "2") throw bad_parameter("stage", "must be 1 or 2");
    return std::stoi(found->second);
}

bool flag_parameter(const std::map<std::string, std::string>& parameters, const char* name, bool fallback) {
    const auto found = parameters.find(name);
    if (found == parameters.end()) return fallback;
    if (found->second != "true" && found->second != "false") throw bad_parameter(name, "must be true or false");
    return found->second == "true";
}

Paging paging(const std::map<std::string, std::string>& parameters) {
    return Paging{integer(parameters, "limit", 20, 1, 100), integer(parameters, "offset", 0, 0, 1'000'000)};
}

}  // namespace collabtender::api
