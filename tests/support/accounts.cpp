#include "tests/support/accounts.hpp"

#include <stdexcept>

#include <boost/json.hpp>

#include "tests/support/http_client.hpp"
#include "tests/support/server_process.hpp"

namespace collabtender::test {
namespace {

std::string last_line(const std::string& output) {
    auto text = output;
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return text.substr(text.rfind('\n') + 1);
}

}  // namespace

std::string create_organisation(const std::string& database_url, const std::string& name, const std::string& kind,
                                const std::string& postal_address) {
    std::vector<std::string> args{"admin", "create-organisation", "--name", name, "--kind", kind, "--database-url",
                                  database_url};
    if (!postal_address.empty()) args.insert(args.end(), {"--postal-address", postal_address});
    const auto result = run_collabtender(args);
    if (result.exit_code != 0) throw std::runtime_error{"create-organisation failed: " + result.output};
    return last_line(result.output);
}

std::string create_user(const std::string& database_url, const std::string& organisation_id, const std::string& email,
                        const std::string& role, const std::string& password) {
    // Provider users here sign off their bids; tests of the rule make their own.
    std::vector<std::string> args{"admin", "create-user", "--email", email, "--role", role, "--organisation",
                                  organisation_id, "--database-url", database_url};
    if (role == "provider") args.push_back("--authorised-signatory");
    const auto result = run_collabtender(args, password + "\n");
    if (result.exit_code != 0) throw std::runtime_error{"create-user failed: " + result.output};
    return last_line(result.output);
}

std::string login(std::uint16_t port, const std::string& email, const std::string& password) {
    const auto body = boost::json::serialize(boost::json::object{{"email", email}, {"password", password}});
    const auto response = post_json(port, "/api/v1/auth/login", body);
    if (response.status != 200) throw std::runtime_error{"login failed: " + response.body};
    return std::string{response.json().at("token").as_string()};
}

}  // namespace collabtender::test
