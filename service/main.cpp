#include <algorithm>
#include <atomic>
#include <iostream>
#include <stop_token>
#include <thread>

#include <boost/program_options.hpp>
#include <spdlog/spdlog.h>

#include "api/openapi/document.hpp"
#include "persistence/migrations.hpp"
#include "service/admin_commands.hpp"
#include "service/config.hpp"
#include "service/dispatcher.hpp"
#include "service/http_server.hpp"
#include "service/logging.hpp"
#include "service/mail_dispatcher.hpp"
#include "service/metrics.hpp"
#include "service/routes.hpp"
#include "service/scheduler.hpp"
#include "service/sign_in_queue.hpp"

namespace po = boost::program_options;
using namespace collabtender;

namespace {

constexpr const char* usage =
    "collabtender: two-stage tender evaluation and partnership bids for social-care commissioning\n\n"
    "Usage: collabtender COMMAND [options]\n\n"
    "Commands:\n"
    "  serve      run the HTTP service (applies pending migrations first)\n"
    "  migrate    apply pending database migrations and exit\n"
    "  admin      create organisations and users\n"
    "  openapi    print the OpenAPI document served at /api/v1/openapi.json\n\n"
    "Use COMMAND --help for each command's options.\n";

int serve(const std::vector<std::string>& args) {
    service::ServeConfig config;
    if (!service::parse_serve_config(args, config)) return 0;
    service::configure_logging(config.log_level, config.log_format);

    std::jthread migrator;
    if (config.migrate_on_start) {
        try {
            persistence::migrate(config.database_url);
        } catch (const persistence::Unavailable& e) {
            spdlog::warn("{}; will keep trying in the background", e.what());
            migrator = std::jthread{[url = config.database_url](std::stop_token stop) {
                while (!stop.stop_requested()) {
                    std::this_thread::sleep_for(std::chrono::seconds{2});
                    try {
                        persistence::migrate(url);
                        spdlog::info("migrations applied");
                        return;
                    } catch (const persistence::Unavailable&) {
                        // still waiting for the database
                    } catch (const std::exception& e) {
                        // e.g. an edited migration: /readyz stays 503 and says why in the log
                        spdlog::error("migration failed: {}", e.what());
                    }
                }
            }};
        }
    }

    persistence::WorkerPool pool{{config.database_url, std::chrono::seconds{3}, config.statement_timeout},
                                 static_cast<std::size_t>(config.db_workers), config.db_queue};
    service::Metrics metrics;
    std::atomic<std::size_t> open_connections{0};
    std::atomic<bool> draining{false};  // from SIGTERM on
    // One clock for every rule, reminder and email. A test server's can be moved
    // forward (POST /test/clock), so that tests pass deadlines without sleeping.
    auto clock_offset = std::make_shared<std::atomic<std::int64_t>>(0);  // microseconds
    const auto clock = [clock_offset] {
        return std::chrono::system_clock::now() + std::chrono::microseconds{clock_offset->load()};
    };
    service::RouteOptions route_options{[&] { return metrics.render(pool.stats(), open_connections.load()); },
                                        config.document_limit, [&] { return draining.load(); }, config.metrics_token,
                                        {}};
    if (config.test_clock) {
        spdlog::warn("--test-clock: this server's clock can be moved by anyone on this machine; never use it in production");
        route_options.advance_clock = [clock_offset, clock](std::chrono::seconds by) {
            *clock_offset += std::chrono::duration_cast<std::chrono::microseconds>(by).count();
            return clock();
        };
    }
    const auto router = service::build_router(std::move(route_options));
    api::Settings settings{config.token_lifetime,
                           {config.login_max_failures, config.login_lock},
                           {config.public_url, config.ocid_prefix, config.publisher_name}};
    const auto web_client = config.web_root.empty() ? service::StaticFiles{} : service::StaticFiles{config.web_root};
    // Half the database workers at most hash passwords at any moment; other sign-ins
    // wait their turn, off the workers, for up to 5 s.
    service::SignInQueue sign_ins{std::max(1, config.db_workers / 2), 1024, std::chrono::seconds{5}};
    const service::Dispatcher dispatcher{router, pool, settings, clock, web_client, &sign_ins};

    service::HttpServer server{{config.listen_host, config.listen_port, config.io_threads,
                                {config.body_limit, config.header_limit, config.read_timeout, config.body_memory},
                                config.drain_delay, config.shutdown_grace, config.trusted_proxies,
                                {config.login_address_burst, config.login_address_refill}},
                               dispatcher, metrics, open_connections, draining};
    // Listening on port 0 (tests), the kernel chose the port: the default public
    // address names the one bound, so links in emails and open data work.
    if (config.listen_port == 0 && config.public_url == "http://" + config.listen_host + ":0") {
        config.public_url = "http://" + config.listen_host + ":" + std::to_string(server.port());
        settings.open_data.public_url = config.public_url;
    }

    // Email leaves from its own thread and connection, never an HTTP or database worker.
    auto transport = config.smtp_url.empty()
                         ? service::folder_transport(config.mail_dir)
                         : service::smtp_transport({config.smtp_url, config.smtp_user, config.smtp_password, config.smtp_tls,
                                                    std::chrono::seconds{30}});
    spdlog::info("mail goes to {}", config.smtp_url.empty() ? "the folder " + config.mail_dir : config.smtp_url);
    const persistence::DatabaseConfig background_database{config.database_url, std::chrono::seconds{3},
                                                          config.statement_timeout};
    const service::MailDispatcher mail{{config.mail_from, config.public_url, config.mail_poll, config.mail_retry,
                                        config.mail_max_attempts, clock},
                                       background_database, std::move(transport)};
    const service::Scheduler scheduler{background_database, config.schedule_poll, clock};

    server.run();
    pool.stop();
    spdlog::default_logger()->flush();
    return 0;
}

int migrate(const std::vector<std::string>& args) {
    po::options_description options{"collabtender migrate [options]\n\nApplies pending migrations. Options"};
    options.add_options()("help,h", "show this help")("database-url", po::value<std::string>(),
                                                       "PostgreSQL URL (env DATABASE_URL)");
    po::variables_map values;
    if (!service::parse_options(args, options, values)) return 0;
    const int applied = persistence::migrate(service::required_database_url(values));
    std::cout << "applied " << applied << " migration(s); schema at version " << persistence::latest_migration_version()
              << '\n';
    return 0;
}

// tests/openapi/lint reads the document assembled from the pieces, as served.
int print_openapi(const std::vector<std::string>& args) {
    po::options_description options{
        "collabtender openapi [options]\n\nPrints the OpenAPI document served at /api/v1/openapi.json. Options"};
    options.add_options()("help,h", "show this help");
    po::variables_map values;
    if (!service::parse_options(args, options, values)) return 0;
    std::cout << api::openapi_document() << '\n';
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> all{argv + 1, argv + argc};
    if (all.empty() || all[0] == "--help" || all[0] == "-h") {
        std::cout << usage;
        return all.empty() ? 2 : 0;
    }
    const std::vector<std::string> rest{all.begin() + 1, all.end()};
    service::configure_logging("info", "text");  // serve reconfigures from its options
    try {
        if (all[0] == "serve") return serve(rest);
        if (all[0] == "migrate") return migrate(rest);
        if (all[0] == "admin") return service::run_admin_command(rest);
        if (all[0] == "openapi") return print_openapi(rest);
        std::cerr << "unknown command: " << all[0] << "\n\n" << usage;
        return 2;
    } catch (const po::error& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 2;
    } catch (const std::invalid_argument& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
        return 1;
    }
}
