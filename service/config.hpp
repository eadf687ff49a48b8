#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include <boost/program_options/options_description.hpp>
#include <boost/program_options/variables_map.hpp>

#include "service/trusted_proxies.hpp"

namespace collabtender::service {

struct ServeConfig {
    std::string database_url;
    std::string listen_host = "127.0.0.1";
    std::uint16_t listen_port = 8080;
    int io_threads = 2;
    int db_workers = 8;
    std::size_t db_queue = 2048;  // at least the connections one instance should hold at once
    std::size_t body_limit = 1024 * 1024;
    std::size_t header_limit = 16 * 1024;
    std::size_t document_limit = 20 * 1024 * 1024;
    // Request bodies all connections may hold at once; beyond it 503 (a request's
    // declared length, or its route's limit for a chunked body, is reserved).
    std::size_t body_memory = 128 * 1024 * 1024;
    std::chrono::seconds read_timeout{15};
    std::chrono::seconds shutdown_grace{20};
    // After SIGTERM, how long /readyz answers 503 while requests are still served, so
    // that the load balancer stops sending new ones before the listener closes.
    std::chrono::seconds drain_delay{0};
    TrustedProxies trusted_proxies;  // whose X-Forwarded-For names the client
    std::chrono::milliseconds statement_timeout{15000};
    std::chrono::seconds token_lifetime{std::chrono::hours{12}};
    int login_max_failures = 5;
    std::chrono::seconds login_lock{std::chrono::minutes{15}};
    int login_address_burst = 20;                    // failed sign-ins one client address may make at once
    std::chrono::seconds login_address_refill{30};   // then one more per this long
    std::string metrics_token;                       // bearer token for GET /metrics; empty: not served
    bool migrate_on_start = true;
    std::string public_url;  // default: http://LISTEN
    std::string ocid_prefix = "ocds-collabtender-";
    std::string publisher_name = "collabtender";
    std::string log_level = "info";
    std::string log_format = "text";
    std::string web_root;  // the built web client (web/dist); empty: API only
    // Email: an SMTP server, or without one a folder of .eml files.
    std::string smtp_url;
    std::string smtp_user;
    std::string smtp_password;
    std::string smtp_tls = "starttls";
    std::string mail_from;  // default: collabtender@ the public address's host
    std::string mail_dir = "mail";
    std::chrono::milliseconds mail_poll{2000};
    std::chrono::milliseconds mail_retry{30000};
    int mail_max_attempts = 8;
    std::chrono::milliseconds schedule_poll{30000};  // how often due reminders are looked for
    bool test_clock = false;  // POST /test/clock moves the clock forward: tests only, loopback only
};

// Parses `serve` arguments, with environment variables as fallbacks (flags win):
// DATABASE_URL, LISTEN, and COLLABTENDER_<OPTION> for the rest. Returns false and
// prints help when asked for it; throws std::invalid_argument on bad values.
bool parse_serve_config(const std::vector<std::string>& args, ServeConfig& config);

// Command-line options first, then the environment for what they left unset.
// Prints the options and returns false when --help was asked for.
bool parse_options(const std::vector<std::string>& args, const boost::program_options::options_description& options,
                   boost::program_options::variables_map& values);

// The --database-url / DATABASE_URL value; throws std::invalid_argument if unset or empty.
std::string required_database_url(const boost::program_options::variables_map& values);

}  // namespace collabtender::service
