#include "tests/support/accounts.hpp"

#include <chrono>
#include <stdexcept>

#include <boost/json.hpp>

#include "app/accounts/create_user.hpp"
#include "domain/accounts.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/database.hpp"
#include "tests/support/http_client.hpp"

namespace collabtender::test {

std::string create_organisation(const std::string& database_url, const std::string& name, const std::string& kind,
                                const std::string& postal_address) {
    const domain::NewOrganisation organisation{name, kind, std::nullopt, std::nullopt, std::nullopt,
                                               postal_address.empty() ? std::nullopt : std::optional{postal_address}};
    if (!domain::validate(organisation).empty()) throw std::runtime_error{"create_organisation: invalid " + name};
    persistence::Connection db{persistence::DatabaseConfig{database_url}};
    std::string id;
    db.transact([&](persistence::Tx& tx) { id = persistence::insert_organisation(tx, organisation); });
    return id;
}

std::string create_user(const std::string& database_url, const std::string& organisation_id, const std::string& email,
                        const std::string& role, const std::string& password) {
    // Provider users here sign off their bids; tests of the rule make their own.
    const domain::NewUser user{domain::normalise_email(email), domain::normalise_email(email), role, password,
                               role == "provider"};
    if (const auto violations = domain::validate(user); !violations.empty())
        throw std::runtime_error{"create_user: " + violations.front().message};
    persistence::Connection db{persistence::DatabaseConfig{database_url}};
    const auto created = app::create_user(db, domain::OrganisationId{organisation_id}, user, std::nullopt,
                                          std::chrono::system_clock::now());
    if (const auto* refused = std::get_if<domain::Violation>(&created))
        throw std::runtime_error{"create_user: " + refused->message};
    return std::get<domain::UserId>(created).str();
}

std::string login(std::uint16_t port, const std::string& email, const std::string& password) {
    const auto body = boost::json::serialize(boost::json::object{{"email", email}, {"password", password}});
    const auto response = post_json(port, "/api/v1/auth/login", body);
    if (response.status != 200) throw std::runtime_error{"login failed: " + response.body};
    return std::string{response.json().at("token").as_string()};
}

}  // namespace collabtender::test
