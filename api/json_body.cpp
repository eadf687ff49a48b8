#include "api/json_body.hpp"

#include <set>

#include <boost/json.hpp>
#include <boost/json/basic_parser_impl.hpp>

#include "api/problem.hpp"
#include "domain/text.hpp"

namespace collabtender::api {
namespace {

bool is_json(const std::optional<std::string>& content_type) {
    if (!content_type) return false;
    std::string media = content_type->substr(0, content_type->find(';'));
    while (!media.empty() && media.back() == ' ') media.pop_back();
    for (auto& c : media) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return media == "application/json" || media == "application/merge-patch+json";
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

// What a JSON parser accepts but this service refuses, found in one pass: a key
// given twice in one object (an object model would quietly keep one of them,
// guessing at what the client meant), and control characters other than tab and
// line breaks in any key or string (NUL among them, which no text column takes).
struct JsonScreen {
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);
    using error_code = boost::system::error_code;
    using string_view = boost::json::string_view;

    std::vector<std::optional<std::set<std::string>>> scopes;  // an object's keys; nothing for an array
    std::string key;
    std::optional<std::string> refusal;

    bool plain(string_view part) {
        for (const char c : part)
            if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                refusal = "A string contains a control character (U+" + std::to_string(static_cast<int>(c)) +
                          " in decimal): send text without them.";
                return false;
            }
        return true;
    }

    bool on_document_begin(error_code&) { return true; }
    bool on_document_end(error_code&) { return true; }
    bool on_object_begin(error_code&) { scopes.emplace_back(std::set<std::string>{}); return true; }
    bool on_object_end(std::size_t, error_code&) { scopes.pop_back(); return true; }
    bool on_array_begin(error_code&) { scopes.emplace_back(std::nullopt); return true; }
    bool on_array_end(std::size_t, error_code&) { scopes.pop_back(); return true; }
    bool on_key_part(string_view part, std::size_t, error_code&) {
        key.append(part.data(), part.size());
        return plain(part);
    }
    bool on_key(string_view part, std::size_t, error_code&) {
        key.append(part.data(), part.size());
        if (!plain(part)) return false;
        if (!scopes.back()->insert(key).second)
            refusal = "The key \"" + key + "\" appears twice in one object: send it once.";
        key.clear();
        return !refusal;
    }
    bool on_string_part(string_view part, std::size_t, error_code&) { return plain(part); }
    bool on_string(string_view part, std::size_t, error_code&) { return plain(part); }
    bool on_number_part(string_view, error_code&) { return true; }
    bool on_int64(std::int64_t, string_view, error_code&) { return true; }
    bool on_uint64(std::uint64_t, string_view, error_code&) { return true; }
    bool on_double(double, string_view, error_code&) { return true; }
    bool on_bool(bool, error_code&) { return true; }
    bool on_null(error_code&) { return true; }
    bool on_comment_part(string_view, error_code&) { return true; }
    bool on_comment(string_view, error_code&) { return true; }
};

// Why a well-formed JSON text is refused, if it is.
std::optional<std::string> screen(const std::string& json) {
    boost::json::basic_parser<JsonScreen> screen{boost::json::parse_options{}};
    boost::system::error_code ignored;
    screen.write_some(false, json.data(), json.size(), ignored);
    return screen.handler().refusal;
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
    if (const auto refusal = screen(request.body)) throw problems::malformed_json(*refusal);
    auto value = parser.release();
    if (!value.is_object())
        throw problems::validation({{"", "not_an_object", "the request body must be a JSON object"}});
    return std::move(value.as_object());
}

Response json_response(int status, const boost::json::value& body) {
    return Response{status, "application/json", boost::json::serialize(body), {}};
}

std::string read_reason(const Request& request) {
    const auto body = parse_json_object(request);
    app::FieldReader fields{body};
    std::string reason;
    fields.text("reason", reason);
    domain::Violations more;
    domain::check_text(more, reason, "/reason", 1, 2000);
    fields.finish(more);
    return reason;
}

}  // namespace collabtender::api
