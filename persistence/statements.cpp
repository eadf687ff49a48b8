#include "persistence/statements.hpp"

#include <pqxx/pqxx>

namespace collabtender::persistence {
namespace {

struct Statement {
    const char* name;
    const char* sql;
};

// Timestamps cross the boundary as microseconds since the epoch so that the
// service's clock, passed in, decides every deadline.
constexpr Statement statements[] = {
    {"organisation_insert",
     "INSERT INTO organisation (name, kind, charity_number, company_number, care_inspectorate_number) "
     "VALUES ($1, $2, $3, $4, $5) RETURNING id"},
    {"organisation_by_id",
     "SELECT id, name, kind, charity_number, company_number, care_inspectorate_number "
     "FROM organisation WHERE id = $1"},
    {"user_insert",
     "INSERT INTO app_user (organisation_id, email, display_name, role, password_hash) "
     "VALUES ($1, $2, $3, $4, $5) RETURNING id"},
    {"user_by_email",
     "SELECT id, organisation_id, email, display_name, role, password_hash "
     "FROM app_user WHERE lower(email) = $1"},
    {"user_by_id",
     "SELECT id, organisation_id, email, display_name, role, password_hash FROM app_user WHERE id = $1"},
    {"user_any_admin", "SELECT EXISTS (SELECT 1 FROM app_user WHERE role = 'admin')"},
    {"session_insert",
     "INSERT INTO auth_session (token_hash, user_id, created_at, expires_at) "
     "VALUES ($1, $2, to_timestamp($3 / 1e6), to_timestamp($4 / 1e6))"},
    {"session_principal",
     "SELECT u.id, u.organisation_id, u.role FROM auth_session s JOIN app_user u ON u.id = s.user_id "
     "WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > to_timestamp($2 / 1e6)"},
    {"session_revoke",
     "UPDATE auth_session SET revoked_at = to_timestamp($2 / 1e6) WHERE token_hash = $1 AND revoked_at IS NULL"},
    {"throttle_lock_row",
     "SELECT failures, (extract(epoch FROM locked_until) * 1e6)::bigint FROM login_throttle "
     "WHERE email_key = $1 FOR UPDATE"},
    {"throttle_upsert",
     "INSERT INTO login_throttle (email_key, failures, locked_until, updated_at) "
     "VALUES ($1, $2, to_timestamp($3 / 1e6), now()) ON CONFLICT (email_key) DO UPDATE "
     "SET failures = excluded.failures, locked_until = excluded.locked_until, updated_at = now()"},
    {"throttle_clear", "DELETE FROM login_throttle WHERE email_key = $1"},
    {"migration_latest", "SELECT coalesce(max(version), 0) FROM schema_migration"},
};

}  // namespace

void prepare_statements(pqxx::connection_base& connection) {
    for (const auto& statement : statements) connection.prepare(statement.name, statement.sql);
}

}  // namespace collabtender::persistence
