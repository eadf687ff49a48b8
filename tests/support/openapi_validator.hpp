#pragma once

// Holds the HTTP tests' responses to the served OpenAPI document: each body against the
// schema the document declares for its operation, status and content type.
#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

namespace collabtender::test {

// Where an instance departs from its schema: a JSON Pointer into the instance, and what is wrong.
struct Mismatch {
    std::string pointer;
    std::string message;
};

// JSON Schema 2020-12, the subset the OpenAPI document uses: $ref (a JSON Pointer into the
// root document), type (also a list of types), enum, const, properties, required,
// additionalProperties, items, min/maxItems, maxProperties, allOf/anyOf/oneOf,
// minimum/maximum, min/maxLength (in code points), pattern, and the formats date-time,
// date and uuid (loosely). A keyword it does not know is itself a mismatch, so a new
// keyword in the document cannot be silently ignored. Instances are read as responses:
// a writeOnly property in one is a mismatch, and a required writeOnly one is not required.
class SchemaValidator {
public:
    // `root` must outlive the validator; $ref resolves against it.
    explicit SchemaValidator(const boost::json::value& root) : root_{root} {}

    std::vector<Mismatch> validate(const boost::json::value& schema, const boost::json::value& instance) const;

private:
    void check(const boost::json::value& schema, const boost::json::value& instance, const std::string& pointer,
               std::vector<Mismatch>& out, int depth) const;
    const boost::json::value& resolve(std::string_view reference) const;

    const boost::json::value& root_;
};

// One response as a test received it.
struct ObservedResponse {
    std::string_view method;        // "GET"
    std::string_view target;        // "/api/v1/tenders?status=draft"
    int status = 0;
    std::string_view content_type;  // the Content-Type header, possibly with parameters
    std::string_view body;
};

// An OpenAPI 3.1 document, and each response held to what it declares for the operation
// (method and path template), the status (exactly, else its `4XX` range, else `default`) and
// the content type. A path the document does not describe is the web client's or an
// unknown address: only a problem+json body is checked there, against the Problem schema.
class OpenApiDocument {
public:
    explicit OpenApiDocument(boost::json::value document);
    OpenApiDocument(const OpenApiDocument&) = delete;  // the validator refers to document_
    OpenApiDocument& operator=(const OpenApiDocument&) = delete;

    // The document the service serves (api::openapi_document(), assembled from the pieces), read once.
    static const OpenApiDocument& served();

    // Empty when the response is as documented; otherwise one line per mismatch, each naming
    // the method, the path (template and target), the status and the JSON Pointer.
    std::vector<std::string> check(const ObservedResponse& response) const;

    // The path template of `path` (no query), or empty when none matches.
    // A literal segment wins over a parameter: /me/panels before /me/{id}.
    std::string match_path(std::string_view path) const;

    const boost::json::value& document() const { return document_; }

private:
    boost::json::value document_;
    SchemaValidator validator_;
};

}  // namespace collabtender::test
