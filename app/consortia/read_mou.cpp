#include "app/consortia/read_mou.hpp"

#include "app/consortia/consortium_access.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

MouToRead read_mou(persistence::Connection& db, const domain::Principal& principal,
                   const domain::ConsortiumId& consortium_id) {
    std::optional<persistence::MouDocument> mou;
    domain::ConsortiumId id;
    db.transact([&](persistence::Tx& tx) {
        const auto consortium = persistence::find_consortium(tx, consortium_id);
        const auto role = consortium ? consortium_role(principal, *consortium,
                                                       *persistence::find_tender(tx, consortium->tender_id))
                                     : ConsortiumRole::none;
        if (role == ConsortiumRole::none) throw domain::Refusal{domain::RefusalCode::not_found, "No such consortium."};
        id = consortium->id;
        mou = persistence::mou_document(tx, id);
    });
    if (!mou)
        throw domain::Refusal{domain::RefusalCode::not_found, "No memorandum of understanding has been uploaded."};
    return {id, std::move(*mou)};
}

std::string read_mou_piece(persistence::Connection& db, const domain::ConsortiumId& consortium_id, std::uint64_t offset,
                           std::size_t size) {
    std::string out;
    db.transact([&](persistence::Tx& tx) { out = persistence::mou_piece(tx, consortium_id, offset, size); });
    return out;
}

}  // namespace collabtender::app
