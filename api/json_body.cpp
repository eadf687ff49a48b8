#include "api/json_body.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "api/problem.hpp"

namespace collabtender::api {
namespace {

bool is_json(const std::optional<std::string>& content_type) {
    if (!content_type) return false;
    std::string media = content_type->substr(0, content_type->find(';'));
    while (!media.empty() && media.back() == ' ') media.pop_back();
    for (auto& c : media) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return media == "application/json";
}

// Line and column (both from 1) of a byte offset, for an error a person can find.
std::string position(const std::string& text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + " (byte " +
           std::to_string(offset) + ")";
}

}  // namespace

boost::json::object parse_json_object(const Request& request) {
    if (!is_json(request.header("content-type"))) throw problems::unsupported_media_type();
    boost::json::stream_parser parser;
    boost::system::error_code error;
    const auto consumed = parser.write_some(request.body.data(), request.body.size(), error);
    if (!error) parser.finish(error);
    if (error)
        throw problems::malformed_json("The body is not valid JSON at " + position(request.body, consumed) + ": " +
                                       error.message() + ".");
    auto value = parser.release();
    if (!value.is_object())
        throw problems::validation({{"", "not_an_object", "the request body must be a JSON object"}});
    return std::move(value.as_object());
}

Response json_response(int status, const boost::json::value& body) {
    return Response{status, "application/json", boost::json::serialize(body), {}};
}

std::string FieldReader::required_string(const char* name) {
    const auto* value = object_.if_contains(name);
    if (value == nullptr || value->is_null()) {
        violations_.push_back({std::string{"/"} + name, "required", "is required"});
        return {};
    }
    if (!value->is_string()) {
        violations_.push_back({std::string{"/"} + name, "not_a_string", "must be a string"});
        return {};
    }
    return std::string{value->as_string()};
}

std::optional<std::string> FieldReader::optional_string(const char* name) {
    const auto* value = object_.if_contains(name);
    if (value == nullptr || value->is_null()) return std::nullopt;
    if (!value->is_string()) {
        violations_.push_back({std::string{"/"} + name, "not_a_string", "must be a string"});
        return std::nullopt;
    }
    return std::string{value->as_string()};
}

void FieldReader::finish(domain::Violations more) {
    // A field already reported as missing or mistyped is not reported again by the domain.
    for (auto& violation : more) {
        const bool reported = std::any_of(violations_.begin(), violations_.end(),
                                          [&](const auto& v) { return v.pointer == violation.pointer; });
        if (!reported) violations_.push_back(std::move(violation));
    }
    if (!violations_.empty()) throw problems::validation(std::move(violations_));
}

}  // namespace collabtender::api
