#include "app/bids/read_documents.hpp"

#include "app/bids/bid_context.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

std::vector<persistence::DocumentRecord> read_documents(persistence::Connection& db, const domain::Principal& member,
                                                        const domain::BidId& bid_id) {
    std::vector<persistence::DocumentRecord> out;
    db.transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, bid_id, member);
        out = persistence::list_documents(tx, c.bid.id, member.organisation_id);
    });
    return out;
}

persistence::DocumentRecord read_document(persistence::Connection& db, const domain::Principal& member,
                                          const domain::BidId& bid_id, const domain::DocumentId& document_id) {
    std::optional<persistence::DocumentRecord> out;
    db.transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, bid_id, member);
        out = persistence::find_document(tx, c.bid.id, document_id, member.organisation_id);
        if (!out) throw domain::Refusal{domain::RefusalCode::not_found, "No such document."};
    });
    return std::move(*out);
}

std::string read_document_piece(persistence::Connection& db, const domain::DocumentId& document_id, std::uint64_t offset,
                                std::size_t size) {
    std::string out;
    db.transact([&](persistence::Tx& tx) { out = persistence::document_piece(tx, document_id, offset, size); });
    return out;
}

}  // namespace collabtender::app
