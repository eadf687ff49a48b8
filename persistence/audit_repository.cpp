#include "persistence/audit_repository.hpp"

#include "persistence/columns.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/audit.hpp"

namespace collabtender::persistence {
namespace {

// A row of chain, position, event, previous_hash and hash.
AuditLink link_from(const pqxx::row& r) {
    return {r["chain"].as<std::string>(), r["position"].as<std::int64_t>(), r["event"].as<std::string>(),
            r["previous_hash"].as<std::string>(), r["hash"].as<std::string>()};
}

}  // namespace

void append_event(Tx& tx, const AuditEvent& e) {
    tx.exec_prepared_at_commit(sql::audit_append, e.chain, e.tender_id, micros(e.occurred_at), e.prefix, e.suffix);
}

std::vector<AuditLink> tender_links(Tx& tx, const domain::TenderId& tender_id,
                                    const std::optional<domain::TimePoint>& sealed_since, int limit, int offset) {
    // A tender's events make up its own chain, numbered from 1: with nothing sealed, a
    // page is a range of positions, read from the index however long the chain.
    const auto rows = sealed_since
                          ? tx.exec_prepared(sql::audit_tender_list, tender_id, micros(sealed_since), limit, offset)
                          : tx.exec_prepared(sql::audit_chain_page, tender_id, offset, limit);
    std::vector<AuditLink> out;
    for (const auto& r : rows) out.push_back(link_from(r));
    return out;
}

std::vector<AuditLink> tender_links_of_action(Tx& tx, const domain::TenderId& tender_id, const std::string& action) {
    std::vector<AuditLink> out;
    for (const auto& r : tx.exec_prepared(sql::audit_tender_action, tender_id, action)) out.push_back(link_from(r));
    return out;
}

AuditPage global_links(Tx& tx, const std::optional<std::string>& entity_type,
                       const std::optional<std::string>& entity_id, int limit, int offset) {
    AuditPage out;
    for (const auto& r : tx.exec_prepared(sql::audit_global_page, entity_type, entity_id, limit, offset)) {
        out.total = r["total"].as<long>();
        out.links.push_back(link_from(r));
    }
    return out;
}

long count_tender_links(Tx& tx, const domain::TenderId& tender_id,
                        const std::optional<domain::TimePoint>& sealed_since) {
    if (!sealed_since) {  // the chain's head counts its links
        const auto heads = chain_heads(tx, tender_id);
        return heads.empty() ? 0 : static_cast<long>(heads.front().second.position);
    }
    return tx.exec_prepared1(sql::audit_tender_count, tender_id, micros(sealed_since))[0].as<long>();
}

std::vector<std::pair<std::string, ChainHead>> chain_heads(Tx& tx, const std::optional<std::string>& chain) {
    std::vector<std::pair<std::string, ChainHead>> out;
    for (const auto& r : tx.exec_prepared(sql::audit_heads, chain))
        out.push_back({r["chain"].as<std::string>(), {r["position"].as<std::int64_t>(), r["hash"].as<std::string>()}});
    return out;
}

void visit_links(Tx& tx, const std::optional<std::string>& chain, const std::function<void(const AuditLink&)>& visit) {
    // A cursor keeps memory flat however long the chains grow.
    pqxx::stateless_cursor<pqxx::cursor_base::read_only, pqxx::cursor_base::owned> cursor{
        tx.work(),
        "SELECT chain, position, event, previous_hash, hash FROM audit_event WHERE " +
            (chain ? "chain = " + tx.work().quote(*chain) : std::string{"true"}) + " ORDER BY chain, position",
        "audit_verify", false};
    constexpr int batch = 1000;
    for (std::size_t at = 0;; at += batch) {
        tx.count_statement();
        const auto rows = cursor.retrieve(at, at + batch);
        for (const auto& r : rows) visit(link_from(r));
        if (rows.size() < batch) return;
    }
}

}  // namespace collabtender::persistence
