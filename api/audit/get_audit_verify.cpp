#include <map>
#include <set>

#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "persistence/audit_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::api {
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

// GET /api/v1/audit/verify[?tender_id=]: recomputes every hash of the chains and
// names the first broken link of each. Admins may verify every chain;
// commissioners the chain of a tender they manage.
Response get_audit_verify(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"tender_id"});
    std::optional<std::string> chain;
    if (const auto found = parameters.find("tender_id"); found != parameters.end()) chain = found->second;
    if (!chain && context.principal->role != domain::Role::admin)
        throw problems::validation({{"?tender_id", "required", "name the tender whose chain to verify"}});

    boost::json::array broken_links;
    long links = 0, chains = 0;
    context.db->transact([&](persistence::Tx& tx) {
        broken_links.clear();
        links = chains = 0;
        if (chain) {
            const auto tender = readable_tender(tx, *chain, context.principal);
            if (!may_manage_tender(context.principal, tender)) throw problems::forbidden();
        }
        std::optional<persistence::AuditLink> previous;
        std::set<std::string> broken_chains;  // only the first broken link of each is reported
        std::map<std::string, std::int64_t> last;  // each chain's last position seen
        persistence::visit_links(tx, chain, [&](const persistence::AuditLink& link) {
            ++links;
            if (!previous || previous->chain != link.chain) {
                ++chains;
                previous.reset();
            }
            if (!broken_chains.contains(link.chain)) {
                if (const auto reason = broken(link, previous ? &*previous : nullptr)) {
                    broken_links.push_back(
                        boost::json::object{{"chain", link.chain}, {"position", link.position}, {"reason", *reason}});
                    broken_chains.insert(link.chain);
                }
            }
            previous = link;
            last[link.chain] = link.position;
        });
        for (const auto& [name, head] : persistence::chain_heads(tx, chain))
            if (last[name] < head.position && !broken_chains.contains(name))
                broken_links.push_back(boost::json::object{{"chain", name},
                                                           {"position", last[name] + 1},
                                                           {"reason", "the chain ends before its recorded head"}});
    });
    const bool intact = broken_links.empty();
    return json_response(200, boost::json::object{{"intact", intact},
                                                  {"chains", chains},
                                                  {"links", links},
                                                  {"broken", std::move(broken_links)}});
}

}  // namespace collabtender::api
