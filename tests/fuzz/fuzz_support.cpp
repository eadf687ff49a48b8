#include "tests/fuzz/fuzz_support.hpp"

#include <cstdio>
#include <cstdlib>

#include <spdlog/spdlog.h>

#include "service/routes.hpp"

namespace collabtender::fuzz {

const api::Router& routes() {
    static const auto router = [] {
        spdlog::set_level(spdlog::level::off);  // handlers log every refusal; millions of them here
        return service::build_router();
    }();
    return router;
}

persistence::Connection& unreachable_database() {
    // Port 1 on loopback refuses at once: every transaction fails fast as Unavailable.
    static persistence::Connection db{{"postgresql://fuzz@127.0.0.1:1/none", std::chrono::seconds{1},
                                       std::chrono::milliseconds{100}, 1}};
    return db;
}

const api::Settings& settings() {
    static const api::Settings fixed;
    return fixed;
}

std::string concrete(std::string path) {
    for (auto open = path.find('{'); open != std::string::npos; open = path.find('{'))
        path.replace(open, path.find('}', open) - open + 1, "00000000-0000-0000-0000-000000000000");
    return path;
}

void finding(const std::string& what) {
    std::fprintf(stderr, "FINDING: %s\n", what.c_str());
    std::abort();
}

}  // namespace collabtender::fuzz
