#include "api/openapi/document.hpp"

#include <map>
#include <stdexcept>
#include <utility>

#include <boost/json.hpp>

namespace collabtender::api {

std::vector<std::pair<std::string_view, std::string_view>> embedded_openapi_common();
std::vector<std::pair<std::string_view, std::string_view>> embedded_openapi_pieces();

namespace {
namespace json = boost::json;

[[noreturn]] void refuse(std::string_view piece, const std::string& why) {
    throw std::runtime_error{"OpenAPI piece " + std::string{piece} + ": " + why};
}

json::object parse_object(const OpenApiPiece& piece) {
    boost::system::error_code error;
    auto value = json::parse(piece.text, error);
    if (error) refuse(piece.name, "not JSON: " + error.message());
    if (!value.is_object()) refuse(piece.name, "not a JSON object");
    return std::move(value.as_object());
}

const json::object& object_at(const json::object& parent, std::string_view key, std::string_view piece) {
    const auto* value = parent.if_contains(key);
    if (!value || !value->is_object()) refuse(piece, std::string{key} + " is not an object");
    return value->as_object();
}

// Merges pieces into one document, remembering which piece defined each key so that a
// second definition names both.
class Assembly {
public:
    explicit Assembly(const OpenApiPiece& common) {
        auto base = parse_object(common);
        for (const auto& [key, value] : base)
            if (key != "paths" && key != "components") document_[key] = value;
        document_["components"] = json::object{};
        document_["paths"] = json::object{};
        add(common, base);
    }

    void add(const OpenApiPiece& piece, const json::object& content) {
        if (content.contains("paths"))
            merge(document_["paths"].as_object(), object_at(content, "paths", piece.name), "paths", piece.name);
        if (!content.contains("components")) return;
        auto& components = document_["components"].as_object();
        for (const auto& [kind, map] : object_at(content, "components", piece.name)) {
            if (!map.is_object()) refuse(piece.name, "components/" + std::string{kind} + " is not an object");
            auto& into = components[kind];
            if (into.is_null()) into = json::object{};
            merge(into.as_object(), map.as_object(), "components/" + std::string{kind}, piece.name);
        }
    }

    std::string text() const { return json::serialize(document_); }

private:
    void merge(json::object& into, const json::object& from, const std::string& where, std::string_view piece) {
        for (const auto& [key, value] : from) {
            const auto [first, added] = defined_by_.emplace(where + "/" + std::string{key}, piece);
            if (!added)
                refuse(piece, where + " " + std::string{key} + " is already defined in " + std::string{first->second});
            into[key] = value;
        }
    }

    json::object document_;
    std::map<std::string, std::string_view> defined_by_;
};

std::vector<OpenApiPiece> named(const std::vector<std::pair<std::string_view, std::string_view>>& files) {
    std::vector<OpenApiPiece> out;
    for (const auto& [name, text] : files) out.push_back({name, text});
    return out;
}

}  // namespace

std::string assemble_openapi(const OpenApiPiece& common, const std::vector<OpenApiPiece>& pieces) {
    Assembly assembly{common};
    for (const auto& piece : pieces) {
        const auto content = parse_object(piece);
        for (const auto& [key, value] : content)
            if (key != "paths" && key != "components")
                refuse(piece.name, "holds " + std::string{key} + "; a piece holds only paths and components");
        assembly.add(piece, content);
    }
    return assembly.text();
}

OpenApiPiece openapi_common() { return named(embedded_openapi_common()).front(); }

std::vector<OpenApiPiece> openapi_pieces() { return named(embedded_openapi_pieces()); }

std::string_view openapi_document() {
    // A throw here leaves it unset: every caller hears why.
    static const std::string document = assemble_openapi(openapi_common(), openapi_pieces());
    return document;
}

}  // namespace collabtender::api
