#include "api/openapi/document.hpp"

#include <algorithm>
#include <set>

#include <boost/json.hpp>
#include <doctest/doctest.h>

#include "service/routes.hpp"

using namespace collabtender;

namespace {
std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    return text;
}
}  // namespace

TEST_CASE("the OpenAPI document describes exactly the registered routes") {
    const auto document = boost::json::parse(api::openapi_document()).as_object();
    CHECK(document.at("openapi").as_string() == "3.1.0");

    const auto router = service::build_router();
    std::set<std::string> registered;
    for (const auto& route : router.routes())
        registered.insert(lower(route.method) + " " + route.path);

    std::set<std::string> documented;
    const std::set<std::string> methods{"get", "put", "post", "delete", "patch", "head", "options"};
    for (const auto& [path, item] : document.at("paths").as_object())
        for (const auto& [method, operation] : item.as_object())
            if (methods.count(std::string{method})) documented.insert(std::string{method} + " " + std::string{path});

    for (const auto& route : registered) CHECK_MESSAGE(documented.count(route), "not in openapi.json: " << route);
    for (const auto& route : documented) CHECK_MESSAGE(registered.count(route), "not registered: " << route);
}

TEST_CASE("the document declares each route's authentication as the route table does") {
    const auto document = boost::json::parse(api::openapi_document()).as_object();
    const auto router = service::build_router();
    for (const auto& route : router.routes()) {
        const auto& operation = document.at("paths").at(route.path).at(lower(route.method)).as_object();
        CAPTURE(route.method);
        CAPTURE(route.path);
        // Every operation states its security (Redocly's security-defined); a public one as [].
        REQUIRE(operation.contains("security"));
        const auto& requirements = operation.at("security").as_array();
        // The operator's metrics token is no person's sign-in: the handler checks it.
        const bool operator_only = requirements.size() == 1 && requirements[0].as_object().contains("metrics");
        CHECK((requirements.empty() || operator_only) == !route.access.identify);
        if (!route.access.identify) continue;
        // Optional sign-in is written as [{}, {"bearer": []}]: anonymous or bearer.
        bool anonymous = false;
        for (const auto& requirement : requirements)
            anonymous = anonymous || requirement.as_object().empty();
        CHECK(anonymous == !route.access.signed_in);
    }
}

TEST_CASE("every operation declares the refusals the HTTP layer may answer before it runs") {
    const auto document = boost::json::parse(api::openapi_document()).as_object();
    const std::set<std::string> methods{"get", "put", "post", "delete", "patch"};
    for (const auto& [path, item] : document.at("paths").as_object())
        for (const auto& [method, operation] : item.as_object()) {
            if (!methods.count(std::string{method})) continue;
            const auto& responses = operation.at("responses").as_object();
            for (const char* status : {"400", "413", "431"})
                CHECK_MESSAGE(responses.contains(status), method << " " << path << " does not declare " << status);
        }
}
