// Every route's request handling with hostile input: the first line of the input
// names a route template ("PUT /api/v1/tenders/{tender_id}/criteria"; anything
// else picks a route by its hash), the rest is the body, or the query string for
// a GET. The handler runs as a signed-in user of a role the route admits. It may
// refuse (4xx) or find the database unreachable (503); a 5xx of any other kind,
// an escaped exception or a sanitizer report is a finding.
#include <cstdint>
#include <functional>
#include <string>

#include "api/error_mapper.hpp"
#include "tests/fuzz/fuzz_support.hpp"

using namespace collabtender;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto newline = input.find('\n');
    const auto first = input.substr(0, newline);
    const auto rest = newline == std::string::npos ? std::string{} : input.substr(newline + 1);

    const auto& all = fuzz::routes().routes();
    const api::Route* route = nullptr;
    for (const auto& r : all)
        if (r.method + " " + r.path == first) route = &r;
    if (!route) route = &all[std::hash<std::string>{}(first) % all.size()];

    api::Request request;
    request.method = route->method;
    request.path = fuzz::concrete(route->path);
    request.request_id = "fuzz";
    request.headers = {{"content-type", "application/json"}, {"if-match", "\"1\""}, {"idempotency-key", "fuzz"}};
    if (route->method == "GET") request.query = rest;
    else request.body = rest;
    request.path_params = fuzz::routes().match(request.method, request.path).params;

    const auto now = std::chrono::system_clock::now();
    api::Context context{&fuzz::unreachable_database(), std::nullopt, now, fuzz::settings(), [now] { return now; }};
    const auto role = route->access.roles.empty() ? domain::Role::admin : route->access.roles.front();
    context.principal = domain::Principal{domain::UserId{"00000000-0000-0000-0000-000000000001"},
                                          domain::OrganisationId{"00000000-0000-0000-0000-000000000002"}, role};
    api::Response response;
    try {
        response = route->handler(request, context);
    } catch (...) {
        response = api::error_response(std::current_exception(), request);
    }
    if (response.status >= 500 && response.status != 503)
        fuzz::finding(route->method + " " + route->path + " answered " + std::to_string(response.status) + ": " +
                      response.body);
    return 0;
}
