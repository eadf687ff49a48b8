#include "persistence/migrations.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <stdexcept>

#include <spdlog/spdlog.h>

#include "persistence/tx.hpp"
#include "persistence/sql/migrations.hpp"

namespace collabtender::persistence {

std::vector<std::pair<std::string_view, std::string_view>> embedded_migrations();

namespace {

// Any 64-bit constant will do, as long as every instance uses the same one.
constexpr std::int64_t migration_lock_key = 0x636f6c6c6162;  // "collab"

int version_of(std::string_view file_name) {
    int version = 0;
    const auto [end, error] = std::from_chars(file_name.data(), file_name.data() + file_name.size(), version);
    if (error != std::errc{} || end == file_name.data() || *end != '_' || version <= 0)
        throw std::runtime_error{"migration file name must start with NNN_: " + std::string{file_name}};
    return version;
}

}  // namespace

std::vector<Migration> migrations() {
    std::vector<Migration> out;
    for (const auto& [name, sql] : embedded_migrations()) out.push_back({version_of(name), std::string{name}, sql});
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
    for (std::size_t i = 1; i < out.size(); ++i)
        if (out[i].version == out[i - 1].version)
            throw std::runtime_error{"two migrations share version " + std::to_string(out[i].version)};
    return out;
}

int latest_migration_version() {
    const auto all = migrations();
    return all.empty() ? 0 : all.back().version;
}

int migrate(const std::string& database_url) try {
    pqxx::connection connection{with_connect_timeout(database_url, std::chrono::seconds{10})};
    pqxx::nontransaction session{connection};
    // Session-level lock: released when this connection closes, even on a crash.
    session.exec("SELECT pg_advisory_lock(" + std::to_string(migration_lock_key) + ")");
    session.exec(
        "CREATE TABLE IF NOT EXISTS schema_migration ("
        " version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
        " applied_at timestamptz NOT NULL DEFAULT now())");
    session.commit();

    std::map<int, std::pair<std::string, std::string>> applied;
    {
        pqxx::read_transaction read{connection};
        for (const auto& row : read.exec("SELECT version, name, checksum FROM schema_migration"))
            applied[row[0].as<int>()] = {row[1].as<std::string>(), row[2].as<std::string>()};
    }

    int count = 0;
    for (const auto& migration : migrations()) {
        pqxx::work work{connection};
        const auto checksum = work.exec_params1("SELECT md5($1)", std::string{migration.sql})[0].as<std::string>();
        if (const auto found = applied.find(migration.version); found != applied.end()) {
            if (found->second.second != checksum)
                throw std::runtime_error{"migration " + migration.name + " changed after it was applied"};
            continue;
        }
        work.exec(std::string{migration.sql});
        work.exec_params0("INSERT INTO schema_migration (version, name, checksum) VALUES ($1, $2, $3)",
                          migration.version, migration.name, checksum);
        work.commit();
        spdlog::info("applied migration {}", migration.name);
        ++count;
    }
    pqxx::nontransaction unlock{connection};
    unlock.exec("SELECT pg_advisory_unlock(" + std::to_string(migration_lock_key) + ")");
    return count;
} catch (const pqxx::broken_connection& e) {
    throw Unavailable{std::string{"cannot migrate, database unreachable: "} + e.what()};
}

int applied_migration_version(Tx& tx) {
    // Before the first migration there is no table: that is version 0, not an error.
    const auto exists = tx.exec1("SELECT to_regclass('schema_migration') IS NOT NULL")[0].as<bool>();
    if (!exists) return 0;
    return tx.exec_prepared1(sql::migration_latest)[0].as<int>();
}

}  // namespace collabtender::persistence
