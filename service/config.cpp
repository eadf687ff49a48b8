#include "service/config.hpp"

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <stdexcept>

#include <boost/program_options.hpp>

namespace po = boost::program_options;

namespace collabtender::service {
namespace {

// DATABASE_URL -> database-url, LISTEN -> listen, COLLABTENDER_IO_THREADS -> io-threads.
std::string option_for_environment(const po::options_description& options, const std::string& variable) {
    std::string name;
    if (variable == "DATABASE_URL" || variable == "LISTEN") {
        name = variable;
    } else if (variable.rfind("COLLABTENDER_", 0) == 0) {
        name = variable.substr(13);
    } else {
        return {};
    }
    for (auto& c : name) c = c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return options.find_nothrow(name, false) ? name : std::string{};
}

void split_listen(const std::string& listen, ServeConfig& config) {
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0) throw std::invalid_argument{"--listen must be HOST:PORT"};
    config.listen_host = listen.substr(0, colon);
    const auto port = std::stoi(listen.substr(colon + 1));
    if (port < 0 || port > 65535) throw std::invalid_argument{"--listen port out of range"};
    config.listen_port = static_cast<std::uint16_t>(port);
}

}  // namespace

bool parse_options(const std::vector<std::string>& args, const po::options_description& options,
                   po::variables_map& values) {
    po::store(po::command_line_parser(args).options(options).run(), values);
    if (values.count("help")) {
        std::cout << options << '\n';
        return false;
    }
    po::store(po::parse_environment(options, [&](const std::string& v) { return option_for_environment(options, v); }),
              values);
    po::notify(values);
    return true;
}

std::string required_database_url(const po::variables_map& values) {
    if (!values.count("database-url") || values["database-url"].as<std::string>().empty())
        throw std::invalid_argument{"no database: set --database-url or DATABASE_URL"};
    return values["database-url"].as<std::string>();
}

bool parse_serve_config(const std::vector<std::string>& args, ServeConfig& config) {
    std::string listen = config.listen_host + ":" + std::to_string(config.listen_port);
    long read_timeout = config.read_timeout.count(), grace = config.shutdown_grace.count(),
         drain_delay = config.drain_delay.count(),
         statement_timeout = config.statement_timeout.count(), token_lifetime = config.token_lifetime.count(),
         login_lock = config.login_lock.count(), mail_poll = config.mail_poll.count(),
         mail_retry = config.mail_retry.count(), schedule_poll = config.schedule_poll.count(),
         login_address_refill = config.login_address_refill.count();
    bool no_migrate = false;
    std::string trusted_proxies;

    po::options_description options{"collabtender serve [options]\n\nRuns the HTTP service. Options"};
    options.add_options()
        ("help,h", "show this help")
        ("database-url", po::value(&config.database_url), "PostgreSQL URL (env DATABASE_URL)")
        ("listen", po::value(&listen), "HOST:PORT to listen on (env LISTEN; default 127.0.0.1:8080)")
        ("io-threads", po::value(&config.io_threads), "HTTP I/O threads (default 2)")
        ("db-workers", po::value(&config.db_workers), "database worker threads, one connection each (default 8)")
        ("db-queue", po::value(&config.db_queue), "database jobs allowed to wait before answering 503 (default 2048)")
        ("body-limit", po::value(&config.body_limit), "largest request body in bytes (default 1048576)")
        ("header-limit", po::value(&config.header_limit), "largest request header block in bytes (default 16384)")
        ("document-limit", po::value(&config.document_limit), "largest uploaded document in bytes (default 20971520)")
        ("body-memory", po::value(&config.body_memory), "request body bytes all connections may hold at once; beyond it 503 (default 134217728)")
        ("read-timeout", po::value(&read_timeout), "seconds to receive a whole request, also the idle limit (default 15)")
        ("shutdown-grace", po::value(&grace), "seconds in-flight requests get on SIGTERM (default 20)")
        ("drain-delay", po::value(&drain_delay), "seconds after SIGTERM that /readyz answers 503 while requests are still served, before the listener closes (default 0)")
        ("trusted-proxy", po::value(&trusted_proxies), "addresses and networks of proxies whose X-Forwarded-For names the client, comma-separated (default: none)")
        ("statement-timeout-ms", po::value(&statement_timeout), "PostgreSQL statement_timeout (default 15000)")
        ("token-lifetime", po::value(&token_lifetime), "seconds a sign-in token lasts (default 43200)")
        ("login-max-failures", po::value(&config.login_max_failures), "failed sign-ins before a pause (default 5)")
        ("login-lock", po::value(&login_lock), "seconds sign-in pauses after too many failures (default 900)")
        ("login-address-burst", po::value(&config.login_address_burst), "failed sign-ins one client address may make before it is slowed down (default 20)")
        ("login-address-refill", po::value(&login_address_refill), "seconds after which a slowed-down address may try once more (default 30)")
        ("metrics-token", po::value(&config.metrics_token), "bearer token that GET /metrics requires (better: env COLLABTENDER_METRICS_TOKEN); without it /metrics is not served")
        ("no-migrate", po::bool_switch(&no_migrate), "do not apply migrations at start-up")
        ("public-url", po::value(&config.public_url), "the service's public address, used in open data (default http://LISTEN)")
        ("ocid-prefix", po::value(&config.ocid_prefix), "OCDS ocid prefix registered with the Open Contracting Partnership")
        ("publisher-name", po::value(&config.publisher_name), "publisher named in OCDS packages (default collabtender)")
        ("log-level", po::value(&config.log_level), "trace, debug, info, warn, error (default info)")
        ("log-format", po::value(&config.log_format), "text or json (default text)")
        ("web-root", po::value(&config.web_root), "folder of the built web client, served at / (default: none, API only)")
        ("smtp-url", po::value(&config.smtp_url), "mail server, smtp://HOST:PORT or smtps://HOST:PORT (default: none, mail goes to --mail-dir)")
        ("smtp-user", po::value(&config.smtp_user), "SMTP user name, when the server asks for one")
        ("smtp-password", po::value(&config.smtp_password), "SMTP password (better: env COLLABTENDER_SMTP_PASSWORD)")
        ("smtp-tls", po::value(&config.smtp_tls), "starttls (required, default) or none (a relay on this machine)")
        ("mail-from", po::value(&config.mail_from), "sender address (default collabtender@ the public address's host)")
        ("mail-dir", po::value(&config.mail_dir), "folder for .eml files when there is no SMTP server (default ./mail)")
        ("mail-poll-ms", po::value(&mail_poll), "how often the outbox is checked for mail due (default 2000)")
        ("mail-retry-ms", po::value(&mail_retry), "first pause before a failed email is tried again, doubled each time (default 30000)")
        ("mail-max-attempts", po::value(&config.mail_max_attempts), "tries before an email is marked failed (default 8)")
        ("schedule-poll-ms", po::value(&schedule_poll), "how often the timetable (reminders) is checked for jobs due (default 30000)")
        ("test-clock", po::bool_switch(&config.test_clock), "FOR TESTS ONLY: POST /test/clock {\"seconds\": N} moves this server's clock forward; only with a loopback --listen");

    po::variables_map values;
    if (!parse_options(args, options, values)) return false;
    split_listen(listen, config);
    config.read_timeout = std::chrono::seconds{read_timeout};
    config.shutdown_grace = std::chrono::seconds{grace};
    config.drain_delay = std::chrono::seconds{drain_delay};
    config.trusted_proxies = TrustedProxies{trusted_proxies};
    config.statement_timeout = std::chrono::milliseconds{statement_timeout};
    config.token_lifetime = std::chrono::seconds{token_lifetime};
    config.login_lock = std::chrono::seconds{login_lock};
    config.login_address_refill = std::chrono::seconds{login_address_refill};
    if (config.login_address_burst < 1 || login_address_refill < 1)
        throw std::invalid_argument{"--login-address-burst and --login-address-refill must be at least 1"};
    // Documents are stored a piece (256 KiB) at a time; other bodies are held whole.
    if (config.body_memory < std::max<std::size_t>(config.body_limit, 256 * 1024))
        throw std::invalid_argument{"--body-memory must hold at least one whole body of --body-limit"};
    if (!config.metrics_token.empty() && config.metrics_token.size() < 16)
        throw std::invalid_argument{"--metrics-token must be at least 16 characters"};
    config.migrate_on_start = !no_migrate;
    config.mail_poll = std::chrono::milliseconds{mail_poll};
    config.mail_retry = std::chrono::milliseconds{mail_retry};
    config.schedule_poll = std::chrono::milliseconds{schedule_poll};
    if (config.smtp_tls != "starttls" && config.smtp_tls != "none")
        throw std::invalid_argument{"--smtp-tls must be starttls or none"};
    if (config.mail_max_attempts < 1 || mail_poll < 1 || mail_retry < 1 || schedule_poll < 1)
        throw std::invalid_argument{"mail timings and attempts must be at least 1"};
    if (config.public_url.empty()) config.public_url = "http://" + listen;
    while (!config.public_url.empty() && config.public_url.back() == '/') config.public_url.pop_back();
    if (config.mail_from.empty()) {
        auto host = config.public_url.substr(config.public_url.find("://") + 3);
        config.mail_from = "collabtender@" + host.substr(0, host.find_first_of(":/"));
    }
    if (config.database_url.empty()) throw std::invalid_argument{"no database: set --database-url or DATABASE_URL"};
    if (read_timeout < 1 || grace < 0 || drain_delay < 0)
        throw std::invalid_argument{"--read-timeout must be at least 1; --shutdown-grace and --drain-delay at least 0"};
    if (config.io_threads < 1 || config.db_workers < 1) throw std::invalid_argument{"thread counts must be at least 1"};
    if (config.test_clock && config.listen_host != "127.0.0.1" && config.listen_host != "::1")
        throw std::invalid_argument{"--test-clock is for tests: it needs --listen on 127.0.0.1 or ::1"};
    if (config.log_format != "text" && config.log_format != "json")
        throw std::invalid_argument{"--log-format must be text or json"};
    return true;
}

}  // namespace collabtender::service
