#include "tests/support/openapi_validator.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <regex>
#include <set>
#include <stdexcept>

#include <boost/json.hpp>

#include "api/openapi/document.hpp"

namespace collabtender::test {
namespace json = boost::json;

namespace {

// Keywords that annotate and never make an instance invalid (writeOnly is handled with properties).
const std::set<std::string_view> annotations{
    "$schema", "$id",      "$comment",  "title",        "description",      "default",        "examples",
    "readOnly", "writeOnly", "deprecated", "externalDocs", "contentMediaType", "contentEncoding"};

std::string escape(std::string_view token) {
    std::string out;
    for (const char c : token) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string show(const json::value& value) {
    auto text = json::serialize(value);
    if (text.size() > 80) text = text.substr(0, 77) + "...";
    return text;
}

bool is_integer(const json::value& value) {
    if (value.is_int64() || value.is_uint64()) return true;
    if (!value.is_double()) return false;
    const double d = value.get_double();
    return std::isfinite(d) && d == std::floor(d);
}

bool has_type(const json::value& value, std::string_view type) {
    if (type == "null") return value.is_null();
    if (type == "boolean") return value.is_bool();
    if (type == "object") return value.is_object();
    if (type == "array") return value.is_array();
    if (type == "string") return value.is_string();
    if (type == "number") return value.is_number();
    if (type == "integer") return is_integer(value);
    return false;
}

std::string_view kind_of(const json::value& value) {
    if (value.is_null()) return "null";
    if (value.is_bool()) return "boolean";
    if (value.is_object()) return "object";
    if (value.is_array()) return "array";
    if (value.is_string()) return "string";
    return is_integer(value) ? "integer" : "number";
}

// JSON Schema equality: 1 and 1.0 are the same number.
bool equal(const json::value& a, const json::value& b) {
    if (a.is_number() && b.is_number()) {
        if (a.is_double() || b.is_double()) return a.to_number<double>() == b.to_number<double>();
        if (a.is_int64() && b.is_int64()) return a.get_int64() == b.get_int64();
        if (a.is_uint64() && b.is_uint64()) return a.get_uint64() == b.get_uint64();
        const auto& signed_one = a.is_int64() ? a : b;
        const auto& unsigned_one = a.is_int64() ? b : a;
        return signed_one.get_int64() >= 0 &&
               static_cast<std::uint64_t>(signed_one.get_int64()) == unsigned_one.get_uint64();
    }
    if (a.kind() != b.kind()) return false;
    if (a.is_array()) {
        const auto &x = a.get_array(), &y = b.get_array();
        return x.size() == y.size() && std::equal(x.begin(), x.end(), y.begin(), equal);
    }
    if (a.is_object()) {
        const auto &x = a.get_object(), &y = b.get_object();
        if (x.size() != y.size()) return false;
        for (const auto& [key, value] : x) {
            const auto* other = y.if_contains(key);
            if (!other || !equal(value, *other)) return false;
        }
        return true;
    }
    return a == b;
}

std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

// Formats are checked loosely (shape, not calendar); those not listed here only annotate.
bool matches_format(std::string_view format, const std::string& text) {
    static const std::regex date_time{R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$)"};
    static const std::regex date{R"(^\d{4}-\d{2}-\d{2}$)"};
    static const std::regex uuid{R"(^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)"};
    if (format == "date-time") return std::regex_match(text, date_time);
    if (format == "date") return std::regex_match(text, date);
    if (format == "uuid") return std::regex_match(text, uuid);
    return true;
}

std::string lower(std::string_view text) {
    std::string out{text};
    for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::vector<std::string_view> segments(std::string_view path) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= path.size()) {
        const auto end = std::min(path.find('/', start), path.size());
        out.push_back(path.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

bool is_parameter(std::string_view segment) {
    return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

std::string keys_of(const json::object& object) {
    std::string out;
    for (const auto& [key, value] : object) out += (out.empty() ? "" : ", ") + std::string{key};
    return out;
}

}  // namespace

const json::value& SchemaValidator::resolve(std::string_view reference) const {
    static const json::value nothing;
    if (reference.empty() || reference.front() != '#') return nothing;
    json::error_code error;
    const auto* found = root_.find_pointer(reference.substr(1), error);
    return found ? *found : nothing;
}

std::vector<Mismatch> SchemaValidator::validate(const json::value& schema, const json::value& instance) const {
    std::vector<Mismatch> out;
    check(schema, instance, "", out, 0);
    return out;
}

void SchemaValidator::check(const json::value& schema, const json::value& instance, const std::string& pointer,
                            std::vector<Mismatch>& out, int depth) const {
    if (depth > 64) return out.push_back({pointer, "the schema nests too deeply (a $ref cycle?)"});
    if (schema.is_bool()) {
        if (!schema.get_bool()) out.push_back({pointer, "no value is allowed here"});
        return;
    }
    if (!schema.is_object()) return out.push_back({pointer, "the schema is neither an object nor a boolean"});
    const auto& s = schema.get_object();

    // The schema an object's property has, through $refs: for writeOnly.
    const auto write_only = [this](const json::value& property) {
        const json::value* at = &property;
        for (int hops = 0; hops < 8 && at->is_object(); ++hops) {
            const auto& object = at->get_object();
            if (const auto* flag = object.if_contains("writeOnly"); flag && flag->is_bool() && flag->get_bool())
                return true;
            const auto* ref = object.if_contains("$ref");
            if (!ref || !ref->is_string()) break;
            at = &resolve(ref->get_string());
        }
        return false;
    };
    const auto branches = [&](const json::array& schemas) {
        std::vector<std::vector<Mismatch>> found;
        for (const auto& branch : schemas) {
            found.emplace_back();
            check(branch, instance, pointer, found.back(), depth + 1);
        }
        return found;
    };
    // "matches none of its 2 oneOf schemas; the nearest (#1) says /x: ..."
    const auto none_matched = [&](std::string_view keyword, const std::vector<std::vector<Mismatch>>& found) {
        std::size_t nearest = 0;
        for (std::size_t i = 1; i < found.size(); ++i)
            if (found[i].size() < found[nearest].size()) nearest = i;
        std::string message = "matches none of its " + std::to_string(found.size()) + " " + std::string{keyword} +
                              " schemas";
        if (!found.empty() && !found[nearest].empty())
            message += "; the nearest (#" + std::to_string(nearest) + ") says " +
                       (found[nearest].front().pointer.empty() ? "/" : found[nearest].front().pointer) + ": " +
                       found[nearest].front().message;
        out.push_back({pointer, message});
    };

    for (const auto& [key, value] : s) {
        const std::string_view keyword = key;
        if (annotations.count(keyword) || (keyword == "format" && !instance.is_string())) continue;
        if (keyword == "$ref") {
            const auto& target = resolve(value.is_string() ? std::string_view{value.get_string()} : "");
            if (target.is_null()) out.push_back({pointer, "the schema's $ref " + show(value) + " leads nowhere"});
            else check(target, instance, pointer, out, depth + 1);
        } else if (keyword == "type") {
            bool any = false;
            if (value.is_string()) any = has_type(instance, value.get_string());
            else if (value.is_array())
                for (const auto& type : value.get_array()) any = any || (type.is_string() && has_type(instance, type.get_string()));
            if (!any) out.push_back({pointer, "is " + std::string{kind_of(instance)} + ", not " + show(value)});
        } else if (keyword == "enum") {
            const auto& options = value.as_array();
            if (std::none_of(options.begin(), options.end(), [&](const auto& option) { return equal(option, instance); }))
                out.push_back({pointer, show(instance) + " is not one of " + show(value)});
        } else if (keyword == "const") {
            if (!equal(value, instance)) out.push_back({pointer, show(instance) + " is not " + show(value)});
        } else if (keyword == "properties") {
            if (!instance.is_object()) continue;
            for (const auto& [name, property] : value.as_object()) {
                const auto* member = instance.get_object().if_contains(name);
                if (!member) continue;
                const auto at = pointer + "/" + escape(name);
                if (write_only(property)) out.push_back({at, "is writeOnly, yet in a response"});
                else check(property, *member, at, out, depth + 1);
            }
        } else if (keyword == "required") {
            if (!instance.is_object()) continue;
            const auto* properties = s.if_contains("properties");
            for (const auto& name : value.as_array()) {
                const auto& text = name.as_string();
                if (instance.get_object().contains(text)) continue;
                const auto* property = properties && properties->is_object() ? properties->get_object().if_contains(text)
                                                                              : nullptr;
                if (property && write_only(*property)) continue;
                out.push_back({pointer, "the required property \"" + std::string{text} + "\" is missing"});
            }
        } else if (keyword == "additionalProperties") {
            if (!instance.is_object()) continue;
            const auto* properties = s.if_contains("properties");
            for (const auto& [name, member] : instance.get_object()) {
                if (properties && properties->is_object() && properties->get_object().contains(name)) continue;
                const auto at = pointer + "/" + escape(name);
                if (value.is_bool() && !value.get_bool()) out.push_back({at, "is not a property the schema allows"});
                else check(value, member, at, out, depth + 1);
            }
        } else if (keyword == "items") {
            if (!instance.is_array()) continue;
            const auto& items = instance.get_array();
            for (std::size_t i = 0; i < items.size(); ++i)
                check(value, items[i], pointer + "/" + std::to_string(i), out, depth + 1);
        } else if (keyword == "minItems" || keyword == "maxItems") {
            if (!instance.is_array()) continue;
            const auto size = instance.get_array().size();
            const auto bound = value.to_number<std::size_t>();
            if (keyword == "minItems" ? size < bound : size > bound)
                out.push_back({pointer, "has " + std::to_string(size) + " items, " + std::string{keyword} + " " +
                                            std::to_string(bound)});
        } else if (keyword == "minProperties" || keyword == "maxProperties") {
            if (!instance.is_object()) continue;
            const auto size = instance.get_object().size();
            const auto bound = value.to_number<std::size_t>();
            if (keyword == "minProperties" ? size < bound : size > bound)
                out.push_back({pointer, "has " + std::to_string(size) + " properties, " + std::string{keyword} + " " +
                                            std::to_string(bound)});
        } else if (keyword == "allOf") {
            for (const auto& branch : value.as_array()) check(branch, instance, pointer, out, depth + 1);
        } else if (keyword == "anyOf") {
            const auto found = branches(value.as_array());
            if (std::none_of(found.begin(), found.end(), [](const auto& m) { return m.empty(); })) none_matched("anyOf", found);
        } else if (keyword == "oneOf") {
            const auto found = branches(value.as_array());
            const auto matched = std::count_if(found.begin(), found.end(), [](const auto& m) { return m.empty(); });
            if (matched == 0) none_matched("oneOf", found);
            else if (matched > 1)
                out.push_back({pointer, "matches " + std::to_string(matched) + " of its oneOf schemas, not exactly one"});
        } else if (keyword == "minimum" || keyword == "maximum" || keyword == "exclusiveMinimum" ||
                   keyword == "exclusiveMaximum") {
            if (!instance.is_number()) continue;
            const double number = instance.to_number<double>(), bound = value.to_number<double>();
            const bool fine = keyword == "minimum"            ? number >= bound
                              : keyword == "maximum"          ? number <= bound
                              : keyword == "exclusiveMinimum" ? number > bound
                                                              : number < bound;
            if (!fine) out.push_back({pointer, show(instance) + " is outside " + std::string{keyword} + " " + show(value)});
        } else if (keyword == "minLength" || keyword == "maxLength") {
            if (!instance.is_string()) continue;
            const auto length = code_points(instance.get_string());
            const auto bound = value.to_number<std::size_t>();
            if (keyword == "minLength" ? length < bound : length > bound)
                out.push_back({pointer, "has " + std::to_string(length) + " characters, " + std::string{keyword} + " " +
                                            std::to_string(bound)});
        } else if (keyword == "pattern") {
            if (!instance.is_string()) continue;
            const std::string text{instance.get_string()};
            try {
                if (!std::regex_search(text, std::regex{std::string{value.as_string()}, std::regex::ECMAScript}))
                    out.push_back({pointer, show(instance) + " does not match the pattern " + show(value)});
            } catch (const std::regex_error&) {
                out.push_back({pointer, "the schema's pattern " + show(value) + " is not a regular expression"});
            }
        } else if (keyword == "format") {
            if (!matches_format(value.as_string(), std::string{instance.get_string()}))
                out.push_back({pointer, show(instance) + " is not a " + std::string{value.as_string()}});
        } else {
            out.push_back({pointer, "the schema uses \"" + std::string{keyword} + "\", which this validator does not know"});
        }
    }
}

// Parentheses: braces would make json::value an array holding the document.
OpenApiDocument::OpenApiDocument(json::value document) : document_(std::move(document)), validator_{document_} {}

const OpenApiDocument& OpenApiDocument::served() {
    static const OpenApiDocument document{json::parse(api::openapi_document())};
    return document;
}

std::string OpenApiDocument::match_path(std::string_view path) const {
    const auto wanted = segments(path);
    std::string best, best_score;
    for (const auto& [candidate, item] : document_.at("paths").as_object()) {
        const auto parts = segments(candidate);
        if (parts.size() != wanted.size()) continue;
        std::string score;  // '1' for each literal segment: more and earlier literals win
        bool fits = true;
        for (std::size_t i = 0; i < parts.size() && fits; ++i) {
            if (is_parameter(parts[i])) {
                fits = !wanted[i].empty();
                score += '0';
            } else {
                fits = parts[i] == wanted[i];
                score += '1';
            }
        }
        if (fits && score > best_score) {
            best = std::string{candidate};
            best_score = score;
        }
    }
    return best;
}

std::vector<std::string> OpenApiDocument::check(const ObservedResponse& response) const {
    std::vector<std::string> out;
    const auto path = response.target.substr(0, response.target.find('?'));
    const auto path_template = match_path(path);
    auto media_type = lower(response.content_type.substr(0, response.content_type.find(';')));
    while (!media_type.empty() && media_type.back() == ' ') media_type.pop_back();
    const bool problem = media_type == "application/problem+json";
    const bool json_body = media_type == "application/json" || media_type.ends_with("+json");

    std::string where = std::string{response.method} + " " + (path_template.empty() ? std::string{path} : path_template);
    if (path_template != path) where += " [" + std::string{path} + "]";
    where += " " + std::to_string(response.status) + (media_type.empty() ? "" : " " + media_type);
    const auto fail = [&](const std::string& pointer, const std::string& message) {
        out.push_back(where + " at " + (pointer.empty() ? "/" : pointer) + ": " + message);
    };
    const auto validate = [&](const json::value& schema) {
        json::error_code error;
        // As deep as the service itself reads what it stored (persistence/stored_json).
        json::parse_options deep;
        deep.max_depth = 64;
        const auto body = json::parse(response.body, error, {}, deep);
        if (error) return fail("", "the body is not JSON (" + error.message() + ")");
        for (const auto& mismatch : validator_.validate(schema, body)) fail(mismatch.pointer, mismatch.message);
        if (problem && body.is_object()) {
            const auto* status = body.get_object().if_contains("status");
            if (status && !(is_integer(*status) && status->to_number<double>() == response.status))
                fail("/status", "is " + show(*status) + ", not the HTTP status");
        }
    };
    const json::value problem_schema = json::object{{"$ref", "#/components/schemas/Problem"}};

    // An address the document does not describe: the web client's files, or a 404.
    if (path_template.empty()) {
        if (problem) validate(problem_schema);
        return out;
    }
    const auto& item = document_.at("paths").at(path_template).as_object();
    const auto* operation = item.if_contains(lower(response.method));
    if (!operation) {
        if (response.status != 405) fail("", "the document declares no such operation, so only 405 is expected");
        else if (!problem) fail("", "a 405 answers with application/problem+json");
        if (problem) validate(problem_schema);
        return out;
    }
    const auto& responses = operation->at("responses").as_object();
    const auto status = std::to_string(response.status);
    const json::value* declared = responses.if_contains(status);
    if (!declared) declared = responses.if_contains(status.substr(0, 1) + "XX");
    if (!declared) declared = responses.if_contains("default");
    if (!declared) {
        fail("", "the operation does not declare this status (it declares " + keys_of(responses) + ")");
        return out;
    }
    if (const auto* ref = declared->as_object().if_contains("$ref")) {
        json::error_code error;
        declared = document_.find_pointer(std::string_view{ref->as_string()}.substr(1), error);
        if (!declared) {
            fail("", "the response's $ref " + show(*ref) + " leads nowhere");
            return out;
        }
    }
    const auto* content = declared->as_object().if_contains("content");
    if (!content || content->as_object().empty()) {
        if (!response.body.empty()) fail("", "a body came, but the document declares none for this status");
        return out;
    }
    const auto& types = content->as_object();
    const json::value* media = types.if_contains(media_type);
    if (!media) media = types.if_contains(media_type.substr(0, media_type.find('/')) + "/*");
    if (!media) media = types.if_contains("*/*");
    if (!media) {
        fail("", "the content type is not one the document declares (" + keys_of(types) + ")");
        return out;
    }
    if (!json_body || (response.body.empty() && response.method == "HEAD")) return out;
    const auto* schema = media->as_object().if_contains("schema");
    validate(schema ? *schema : json::value(true));
    return out;
}

}  // namespace collabtender::test
