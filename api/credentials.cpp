#include "api/credentials.hpp"

#include <cctype>
#include <string_view>

namespace collabtender::api {

std::optional<std::string> bearer_token(const std::optional<std::string>& authorization) {
    if (!authorization) return std::nullopt;
    const std::string prefix = "bearer ";
    if (authorization->size() <= prefix.size()) return std::nullopt;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (std::tolower(static_cast<unsigned char>((*authorization)[i])) != prefix[i]) return std::nullopt;
    auto token = authorization->substr(prefix.size());
    while (!token.empty() && token.front() == ' ') token.erase(0, 1);
    while (!token.empty() && token.back() == ' ') token.pop_back();
    if (token.empty() || token.size() > 200) return std::nullopt;
    return token;
}

std::optional<std::string> session_cookie(const std::optional<std::string>& cookie_header) {
    if (!cookie_header) return std::nullopt;
    const std::string name = std::string{session_cookie_name} + "=";
    // "a=1; b=2", and several Cookie fields joined with ", ".
    std::string_view rest = *cookie_header;
    while (!rest.empty()) {
        const auto end = rest.find_first_of(";,");
        auto pair = rest.substr(0, end);
        rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
        while (!pair.empty() && pair.front() == ' ') pair.remove_prefix(1);
        if (!pair.starts_with(name)) continue;
        const auto token = pair.substr(name.size());
        if (token.empty() || token.size() > 200) return std::nullopt;
        return std::string{token};
    }
    return std::nullopt;
}

std::optional<std::string> request_token(const std::optional<std::string>& authorization,
                                         const std::optional<std::string>& cookie_header) {
    return authorization ? bearer_token(authorization) : session_cookie(cookie_header);
}

std::string session_cookie_header(const std::string& token, long max_age, bool secure) {
    return std::string{session_cookie_name} + "=" + token + "; Path=/api; Max-Age=" + std::to_string(max_age) +
           "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
}

}  // namespace collabtender::api
