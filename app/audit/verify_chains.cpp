#include "app/audit/verify_chains.hpp"

#include <map>
#include <set>

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/tenders/tender_access.hpp"
#include "domain/audit_trail.hpp"
#include "persistence/audit_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {
namespace {

constexpr const char* zero_hash = "0000000000000000000000000000000000000000000000000000000000000000";

// Why a link does not follow from the one before it, if it does not.
std::optional<std::string> broken(const persistence::AuditLink& link, const persistence::AuditLink* previous) {
    const auto expected_position = previous ? previous->position + 1 : 1;
    if (link.position != expected_position) return "position " + std::to_string(expected_position) + " is missing";
    if (link.previous_hash != (previous ? previous->hash : std::string{zero_hash}))
        return "previous_hash does not match the hash of the link before";
    if (link.hash != link_hash(link.previous_hash, link.event)) return "hash does not match the event";
    try {
        const auto event = persistence::parse_stored_json(link.event).as_object();
        if (event.at("chain").as_string() != link.chain || event.at("position").as_int64() != link.position)
            return "the event names another chain or position";
    } catch (const std::exception&) {
        return "the event is not the canonical JSON object";
    }
    return std::nullopt;
}

}  // namespace

ChainsVerified verify_chains(persistence::Connection& db, const domain::Principal& verifier,
                             const std::optional<domain::TenderId>& tender_id) {
    domain::refuse_if(domain::check_chain_named(verifier.role, tender_id.has_value()));
    ChainsVerified verified;
    db.transact([&](persistence::Tx& tx) {
        verified = {};
        if (tender_id) require_manages_tender(verifier, readable_tender(tx, *tender_id, verifier));
        std::optional<persistence::AuditLink> previous;
        std::set<std::string> broken_chains;       // only the first broken link of each is reported
        std::map<std::string, std::int64_t> last;  // each chain's last position seen
        persistence::visit_links(tx, tender_id, [&](const persistence::AuditLink& link) {
            ++verified.links;
            if (!previous || previous->chain != link.chain) {
                ++verified.chains;
                previous.reset();
            }
            if (!broken_chains.contains(link.chain)) {
                if (const auto reason = broken(link, previous ? &*previous : nullptr)) {
                    verified.broken.push_back({link.chain, link.position, *reason});
                    broken_chains.insert(link.chain);
                }
            }
            previous = link;
            last[link.chain] = link.position;
        });
        for (const auto& [name, head] : persistence::chain_heads(tx, tender_id))
            if (last[name] < head.position && !broken_chains.contains(name))
                verified.broken.push_back({name, last[name] + 1, "the chain ends before its recorded head"});
    });
    return verified;
}

}  // namespace collabtender::app
