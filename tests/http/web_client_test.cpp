// The web client's files as the service serves them: content types, caching,
// security headers, client-side routes, and never in place of the API.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "tests/support/http_client.hpp"
#include "tests/support/server_process.hpp"
#include "tests/support/test_database.hpp"

using namespace collabtender::test;
namespace fs = std::filesystem;

namespace {

struct BuiltClient {
    fs::path root = fs::temp_directory_path() / ("collabtender-web-" + std::to_string(free_port()));
    BuiltClient() {
        fs::create_directories(root / "assets");
        std::ofstream{root / "index.html"} << "<!doctype html><title>collabtender</title>";
        std::ofstream{root / "assets" / "index-3f2a9c.js"} << "console.log('hello')";
        std::ofstream{root / "assets" / "index-77b1d0.css"} << "body{margin:0}";
    }
    ~BuiltClient() { fs::remove_all(root); }
};

}  // namespace

TEST_CASE("the built client is served at / with its security headers") {
    TestDatabase db;
    BuiltClient client;
    ServerProcess server{db.url(), {"--web-root", client.root.string()}};

    const auto entry = get(server.port(), "/");
    CHECK(entry.status == 200);
    CHECK(entry.header("content-type") == "text/html; charset=utf-8");
    CHECK(entry.body.find("<title>collabtender</title>") != std::string::npos);
    CHECK(entry.header("cache-control") == "no-cache");
    CHECK(entry.header("content-security-policy").find("script-src 'self';") != std::string::npos);
    CHECK(entry.header("content-security-policy").find("unsafe-inline") == std::string::npos);
    CHECK(entry.header("x-content-type-options") == "nosniff");
    CHECK(entry.header("referrer-policy") == "no-referrer");

    const auto script = get(server.port(), "/assets/index-3f2a9c.js");
    CHECK(script.status == 200);
    CHECK(script.header("content-type") == "text/javascript; charset=utf-8");
    CHECK(script.header("cache-control") == "public, max-age=31536000, immutable");
    CHECK(get(server.port(), "/assets/index-77b1d0.css").header("content-type") == "text/css; charset=utf-8");

    SUBCASE("a client-side route gets the entry page; a missing file does not") {
        const auto route = get(server.port(), "/panels/3/bids/7");
        CHECK(route.status == 200);
        CHECK(route.body == entry.body);
        CHECK(get(server.port(), "/assets/gone-000000.js").status == 404);
        CHECK(get(server.port(), "/../../etc/passwd.txt").status == 404);
    }
    SUBCASE("the API keeps its own answers") {
        const auto unknown = get(server.port(), "/api/v1/nowhere");
        CHECK(unknown.status == 404);
        CHECK(unknown.header("content-type") == "application/problem+json");
        CHECK(get(server.port(), "/healthz").status == 200);
        CHECK(send(server.port(), {"POST", "/panels", "{}", "application/json", {}, {}}).status == 404);
    }
    SUBCASE("an unchanged file is not sent again") {
        const auto again = send(server.port(), {"GET", "/", {}, {}, {}, {{"If-None-Match", entry.header("etag")}}});
        CHECK(again.status == 304);
        CHECK(again.body.empty());
    }
}

TEST_CASE("serve refuses a web root without a built client") {
    TestDatabase db;
    const auto empty = fs::temp_directory_path() / ("collabtender-empty-" + std::to_string(free_port()));
    fs::create_directories(empty);
    const auto result = run_collabtender({"serve", "--database-url", db.url(), "--listen", "127.0.0.1:0", "--web-root",
                                          empty.string()});
    fs::remove_all(empty);
    CHECK(result.exit_code != 0);
    CHECK(result.output.find("index.html") != std::string::npos);
}

TEST_CASE("without a web root only the API is served") {
    TestDatabase db;
    ServerProcess server{db.url()};
    CHECK(get(server.port(), "/").status == 404);
}

TEST_CASE("files compressed at build are served by the encoding the browser accepts") {
    TestDatabase db;
    BuiltClient client;
    // As web/precompress writes them beside each file (the service never compresses).
    std::ofstream{client.root / "assets" / "index-3f2a9c.js.br"} << "brotli bytes";
    std::ofstream{client.root / "assets" / "index-3f2a9c.js.gz"} << "gzip bytes";
    std::ofstream{client.root / "index.html.gz"} << "gzipped page";
    ServerProcess server{db.url(), {"--web-root", client.root.string()}};
    const auto fetch = [&](const std::string& path, const std::string& accept) {
        HttpRequest request{"GET", path, {}, {}, {}, {}};
        if (!accept.empty()) request.headers["Accept-Encoding"] = accept;
        return send(server.port(), request);
    };

    const auto plain = fetch("/assets/index-3f2a9c.js", "");
    CHECK(plain.body == "console.log('hello')");
    CHECK(plain.header("content-encoding").empty());
    CHECK(plain.header("vary") == "Accept-Encoding");
    const auto brotli = fetch("/assets/index-3f2a9c.js", "gzip, deflate, br, zstd");
    CHECK(brotli.body == "brotli bytes");
    CHECK(brotli.header("content-encoding") == "br");
    CHECK(brotli.header("content-type") == "text/javascript; charset=utf-8");
    CHECK(brotli.header("cache-control") == "public, max-age=31536000, immutable");
    CHECK(brotli.header("etag") != plain.header("etag"));
    CHECK(fetch("/assets/index-3f2a9c.js", "gzip").body == "gzip bytes");
    CHECK(fetch("/assets/index-3f2a9c.js", "br;q=0, gzip;q=0.8").header("content-encoding") == "gzip");
    CHECK(fetch("/assets/index-3f2a9c.js", "identity").header("content-encoding").empty());
    // A client-side route gets the compressed entry page too; the compressed copies
    // are not files of their own.
    CHECK(fetch("/panels/3", "gzip").body == "gzipped page");
    CHECK(fetch("/assets/index-3f2a9c.js.br", "").status == 404);
    // A cached compressed copy is still fresh.
    HttpRequest again{"GET", "/assets/index-3f2a9c.js", {}, {}, {}, {{"Accept-Encoding", "br"}, {"If-None-Match", brotli.header("etag")}}};
    CHECK(send(server.port(), again).status == 304);
}
