#include "api/router.hpp"

#include <algorithm>
#include <stdexcept>

namespace collabtender::api {
namespace {

std::vector<std::string_view> segments(std::string_view path) {
    std::vector<std::string_view> out;
    while (!path.empty()) {
        if (path.front() == '/') path.remove_prefix(1);
        const auto end = path.find('/');
        out.push_back(path.substr(0, end));
        if (end == std::string_view::npos) break;
        path.remove_prefix(end);
        if (path == "/") out.push_back({});  // a trailing slash is a distinct, empty segment
    }
    return out;
}

bool is_param(std::string_view segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

bool matches(const std::vector<std::string>& want, const std::vector<std::string_view>& have,
             std::map<std::string, std::string>& params) {
    if (want.size() != have.size()) return false;
    for (std::size_t i = 0; i < want.size(); ++i) {
        if (is_param(want[i])) {
            if (have[i].empty()) return false;
        } else if (want[i] != have[i]) {
            return false;
        }
    }
    for (std::size_t i = 0; i < want.size(); ++i)
        if (is_param(want[i])) params.emplace(want[i].substr(1, want[i].size() - 2), std::string{have[i]});
    return true;
}

}  // namespace

void Router::add(Route route) {
    if (route.path.empty() || route.path.front() != '/') throw std::invalid_argument{"route must start with /"};
    for (const auto& existing : routes_)
        if (existing.method == route.method && existing.path == route.path)
            throw std::invalid_argument{"route registered twice: " + route.method + " " + route.path};
    std::vector<std::string> pattern;
    for (const auto segment : segments(route.path)) pattern.emplace_back(segment);
    patterns_.push_back(std::move(pattern));
    routes_.push_back(std::move(route));
}

Router::Match Router::match(const std::string& method, const std::string& path) const {
    Match result;
    const auto have = segments(path);
    for (std::size_t i = 0; i < routes_.size(); ++i) {
        const auto& route = routes_[i];
        std::map<std::string, std::string> params;
        if (!matches(patterns_[i], have, params)) continue;
        if (route.method == method) {
            result.route = &route;
            result.params = std::move(params);
            result.allowed.clear();
            return result;
        }
        result.allowed.push_back(route.method);
    }
    std::sort(result.allowed.begin(), result.allowed.end());
    return result;
}

}  // namespace collabtender::api
