#include "app/audit.hpp"

#include <boost/json.hpp>
#include <sodium.h>

#include "domain/time_format.hpp"
#include "persistence/audit_repository.hpp"

namespace collabtender::app {

persistence::AuditEvent audit_event(const std::optional<domain::Principal>& actor, domain::TimePoint at,
                                    const AuditEntry& entry) {
    const std::string chain = entry.tender_id ? entry.tender_id->str() : "global";
    // The canonical event: chain, position, then these keys in this order,
    // serialised once and stored as hashed. The database puts in the position,
    // which only it knows once the chain is locked.
    const boost::json::object rest{
        {"at", domain::format_rfc3339(at)},
        {"actor", actor ? boost::json::value_from(actor->user_id) : nullptr},
        {"organisation", actor ? boost::json::value_from(actor->organisation_id) : nullptr},
        {"role", actor ? boost::json::value(domain::to_string(actor->role)) : nullptr},
        {"action", entry.action},
        {"entity_type", entry.entity_type},
        {"entity_id", entry.entity_id},
        {"before", entry.before},
        {"after", entry.after},
    };
    auto prefix = boost::json::serialize(boost::json::object{{"chain", chain}});
    prefix.back() = ',';
    prefix += "\"position\":";
    auto suffix = boost::json::serialize(rest);
    suffix.front() = ',';
    return {chain, entry.tender_id, at, std::move(prefix), std::move(suffix)};
}

void append_audit(persistence::Tx& tx, const std::optional<domain::Principal>& actor, domain::TimePoint at,
                  const AuditEntry& entry) {
    persistence::append_event(tx, audit_event(actor, at, entry));
}

std::string link_hash(const std::string& previous_hash, const std::string& event) {
    const auto linked = previous_hash + "\n" + event;
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(linked.data()), linked.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

}  // namespace collabtender::app
