#include "persistence/documents_repository.hpp"

#include "persistence/accounts_repository.hpp"
#include "persistence/columns.hpp"
#include "persistence/fields.hpp"
#include "persistence/tx.hpp"
#include "persistence/uploads_repository.hpp"
#include "persistence/sql/documents.hpp"

namespace collabtender::persistence {
domain::DocumentId insert_document(Tx& tx, const DocumentRecord& d, const domain::UserId& user_id,
                                   const domain::UploadId& upload_id) {
    auto id =
        tx.exec_prepared1(sql::document_insert, d.bid_id, d.uploaded_by_organisation, user_id, d.filename, d.media_type,
                          d.size_bytes, d.sha256, d.visibility, upload_id, micros(d.uploaded_at), d.requirement)[0]
            .as<domain::DocumentId>();
    discard_upload(tx, upload_id);
    return id;
}

std::vector<DocumentRecord> list_documents(Tx& tx, const domain::BidId& bid_id,
                                           const std::optional<domain::OrganisationId>& viewer_organisation) {
    std::vector<DocumentRecord> out;
    for (const auto& row : tx.exec_prepared(sql::document_list, bid_id, viewer_organisation))
        out.push_back(document_from(RowFields{row}, row["bid_id"].as<domain::BidId>()));
    return out;
}

std::optional<DocumentRecord> find_document(Tx& tx, const domain::BidId& bid_id, const domain::DocumentId& id,
                                            const std::optional<domain::OrganisationId>& viewer_organisation) {
    if (!is_uuid(id)) return std::nullopt;
    for (auto& d : list_documents(tx, bid_id, viewer_organisation))
        if (d.id == id) return std::move(d);
    return std::nullopt;
}

std::string document_piece(Tx& tx, const domain::DocumentId& id, std::uint64_t offset, std::size_t size) {
    return stored_piece(tx, sql::document_piece, id, offset, size);
}

void delete_document(Tx& tx, const domain::DocumentId& id) { tx.exec_prepared0(sql::document_delete, id); }

bool document_submitted(Tx& tx, const domain::BidId& bid_id, const domain::DocumentId& id) {
    return tx.exec_prepared1(sql::document_submitted, bid_id, id)[0].as<bool>();
}

}  // namespace collabtender::persistence
