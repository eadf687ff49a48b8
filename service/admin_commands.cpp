#include "service/admin_commands.hpp"

#include <boost/program_options.hpp>
#include <chrono>
#include <iostream>

#include "app/accounts/create_user.hpp"
#include "app/accounts/credentials.hpp"
#include "app/organisations/create_organisation.hpp"
#include "app/settings/installation_settings.hpp"
#include "persistence/accounts_repository.hpp"
#include "service/config.hpp"

namespace po = boost::program_options;

namespace collabtender::service {
namespace {

constexpr const char* usage =
    "collabtender admin COMMAND [options]\n\n"
    "Commands:\n"
    "  create-organisation --name NAME --kind commissioning_body|provider\n"
    "                      [--charity-number N] [--company-number N] [--care-inspectorate-number N]\n"
    "                      [--postal-address ADDRESS]  (lines separated by newlines)\n"
    "                      prints the new organisation's id\n"
    "  create-user --email EMAIL --role admin|commissioner|panellist|provider --organisation ID\n"
    "              [--display-name NAME] [--authorised-signatory]\n"
    "                                      reads the password from the first line of standard input;\n"
    "                                      prints the new user's id\n"
    "  ensure-admin --email EMAIL          when no admin exists, creates one with a random password\n"
    "                                      and prints the credentials once\n"
    "  set-two-factor-required --value true|false\n"
    "                                      whether admins and commissioners sign in with a second\n"
    "                                      factor (on when installed); audited\n\n"
    "Each takes --database-url (env DATABASE_URL). Use COMMAND --help for details.\n";

persistence::DatabaseConfig database(const std::string& url) { return persistence::DatabaseConfig{url}; }

int report(const domain::Violations& violations) {
    for (const auto& v : violations) std::cerr << "error: " << v.pointer.substr(1) << " " << v.message << '\n';
    return 2;
}

std::optional<std::string> optional(const po::variables_map& values, const char* name) {
    if (!values.count(name)) return std::nullopt;
    return values[name].as<std::string>();
}

bool parse(const std::vector<std::string>& args, po::options_description& options, po::variables_map& values) {
    options.add_options()("help,h", "show this help")("database-url", po::value<std::string>(),
                                                       "PostgreSQL URL (env DATABASE_URL)");
    if (!parse_options(args, options, values)) return false;
    required_database_url(values);
    return true;
}

int create_organisation(const std::vector<std::string>& args) {
    po::options_description options{"collabtender admin create-organisation [options]"};
    options.add_options()
        ("name", po::value<std::string>()->required(), "organisation name")
        ("kind", po::value<std::string>()->required(), "commissioning_body or provider")
        ("charity-number", po::value<std::string>(), "Scottish charity number")
        ("company-number", po::value<std::string>(), "Companies House number")
        ("care-inspectorate-number", po::value<std::string>(), "Care Inspectorate service number")
        ("postal-address", po::value<std::string>(), "postal address, lines separated by newlines (heads its letters)");
    po::variables_map values;
    if (!parse(args, options, values)) return 0;

    const domain::NewOrganisation organisation{values["name"].as<std::string>(), values["kind"].as<std::string>(),
                                               optional(values, "charity-number"), optional(values, "company-number"),
                                               optional(values, "care-inspectorate-number"),
                                               optional(values, "postal-address")};
    if (const auto violations = domain::validate(organisation); !violations.empty()) return report(violations);
    persistence::Connection db{database(required_database_url(values))};
    const auto created = app::create_organisation(db, std::nullopt, organisation, std::chrono::system_clock::now());
    std::cout << created.id.str() << '\n';
    return 0;
}

int create_user(const std::vector<std::string>& args) {
    po::options_description options{"collabtender admin create-user [options] < password"};
    options.add_options()
        ("email", po::value<std::string>()->required(), "sign-in email, unique regardless of case")
        ("role", po::value<std::string>()->required(), "admin, commissioner, panellist or provider")
        ("organisation", po::value<std::string>()->required(), "id of the user's organisation")
        ("display-name", po::value<std::string>(), "name shown to others (default: the email)")
        ("authorised-signatory", "a provider user who may sign off bids for the organisation");
    po::variables_map values;
    if (!parse(args, options, values)) return 0;

    domain::NewUser user;
    user.email = domain::normalise_email(values["email"].as<std::string>());
    user.display_name = optional(values, "display-name").value_or(user.email);
    user.role = values["role"].as<std::string>();
    user.authorised_signatory = values.count("authorised-signatory") > 0;
    std::getline(std::cin, user.password);
    if (auto violations = domain::validate(user); !violations.empty()) return report(violations);

    persistence::Connection db{database(required_database_url(values))};
    const auto created = app::create_user(db, domain::OrganisationId{values["organisation"].as<std::string>()}, user, std::nullopt,
                                          std::chrono::system_clock::now());
    if (const auto* refused = std::get_if<domain::Violation>(&created)) return report({*refused});
    std::cout << std::get<domain::UserId>(created).str() << '\n';
    return 0;
}

int ensure_admin(const std::vector<std::string>& args) {
    po::options_description options{"collabtender admin ensure-admin [options]"};
    options.add_options()("email", po::value<std::string>()->required(), "the first admin's sign-in email");
    po::variables_map values;
    if (!parse(args, options, values)) return 0;

    domain::NewUser user{domain::normalise_email(values["email"].as<std::string>()), "Administrator", "admin",
                         app::new_token(), false};
    if (auto violations = domain::validate(user); !violations.empty()) return report(violations);
    const auto hash = app::hash_password(user.password);
    bool created = false;
    persistence::Connection db{database(required_database_url(values))};
    db.transact([&](persistence::Tx& tx) {
        created = false;
        if (persistence::any_admin(tx)) return;
        const auto organisation = persistence::insert_organisation(
            tx, {"Installation administrators", "commissioning_body", std::nullopt, std::nullopt, std::nullopt, std::nullopt});
        persistence::insert_user(tx, organisation, user, hash);
        created = true;
    });
    if (created)
        std::cout << "First admin created. Keep these credentials; they are not shown again.\n"
                  << "  email:    " << user.email << "\n  password: " << user.password << '\n';
    return 0;
}

int set_two_factor_required(const std::vector<std::string>& args) {
    po::options_description options{"collabtender admin set-two-factor-required [options]"};
    options.add_options()("value", po::value<std::string>()->required(), "true or false");
    po::variables_map values;
    if (!parse(args, options, values)) return 0;
    const auto value = values["value"].as<std::string>();
    if (value != "true" && value != "false") {
        std::cerr << "set-two-factor-required: say true or false\n";
        return 2;
    }
    persistence::Connection db{database(required_database_url(values))};
    app::SettingsChange change;
    change.two_factor_required = value == "true";
    app::change_installation_settings(db, std::nullopt, change, std::chrono::system_clock::now());
    return 0;
}

}  // namespace

int run_admin_command(const std::vector<std::string>& args) {
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << usage;
        return args.empty() ? 2 : 0;
    }
    const std::vector<std::string> rest{args.begin() + 1, args.end()};
    if (args[0] == "create-organisation") return create_organisation(rest);
    if (args[0] == "create-user") return create_user(rest);
    if (args[0] == "ensure-admin") return ensure_admin(rest);
    if (args[0] == "set-two-factor-required") return set_two_factor_required(rest);
    std::cerr << "unknown admin command: " << args[0] << "\n\n" << usage;
    return 2;
}

}  // namespace collabtender::service
