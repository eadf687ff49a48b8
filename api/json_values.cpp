#include "api/json_values.hpp"

#include <boost/json.hpp>

#include "domain/time_format.hpp"

namespace collabtender::api {

boost::json::value nullable(const std::optional<std::string>& text) {
    return text ? boost::json::value(*text) : boost::json::value(nullptr);
}

boost::json::value nullable(const std::optional<int>& number) {
    return number ? boost::json::value(*number) : boost::json::value(nullptr);
}

boost::json::value nullable(const std::optional<domain::TimePoint>& time) {
    return time ? boost::json::value(domain::format_rfc3339(*time)) : boost::json::value(nullptr);
}

boost::json::array strings(const std::vector<std::string>& texts) {
    boost::json::array out;
    for (const auto& text : texts) out.emplace_back(text);
    return out;
}

}  // namespace collabtender::api
