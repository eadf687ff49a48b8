// The parsing that happens before any handler, and the small parsers handlers
// share: the router's matching of method and path, query strings, section keys,
// timestamps, document sniffing and the word diff. Nothing may crash, hang or
// trip a sanitizer; a time that parses must print back to an equal time.
#include <cstdint>
#include <string>

#include "api/problem.hpp"
#include "api/query.hpp"
#include "domain/time_format.hpp"
#include "domain/bid_section.hpp"
#include "domain/document_type.hpp"
#include "domain/word_diff.hpp"
#include "tests/fuzz/fuzz_support.hpp"

using namespace collabtender;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    const auto space = input.find(' ');
    const auto method = input.substr(0, space);
    const auto target = space == std::string::npos ? std::string{} : input.substr(space + 1);
    const auto question = target.find('?');
    const auto path = target.substr(0, question);

    const auto match = fuzz::routes().match(method, path);
    if (match.route && match.route->method != method) fuzz::finding("matched a route of another method");

    api::Request request;
    request.query = question == std::string::npos ? std::string{} : target.substr(question + 1);
    try {
        const auto parameters = api::query_parameters(request, {"stage", "limit", "offset", "q", "filename"});
        api::paging(parameters);
    } catch (const api::Problem& problem) {
        if (problem.status() != 400) fuzz::finding("a query refused with " + std::to_string(problem.status()));
    }

    if (const auto key = domain::parse_section_key(input); key && domain::to_string(*key) != input)
        fuzz::finding("a section key that does not print back as itself");
    if (const auto time = domain::parse_rfc3339(input); time && domain::parse_rfc3339(domain::format_rfc3339(*time)) != time)
        fuzz::finding("a time that does not survive printing");
    domain::sniff(input);
    domain::parse_media_type(input);
    if (size < 4000) domain::word_diff(method, target);
    return 0;
}
