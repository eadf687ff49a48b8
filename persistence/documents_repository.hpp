#pragma once

#include <optional>
#include <string>
#include <vector>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

struct DocumentRecord {
    domain::DocumentId id;
    domain::BidId bid_id;
    std::string uploaded_by_organisation;
    std::string filename;
    std::string media_type;
    long long size_bytes = 0;
    std::string sha256;
    std::string visibility;  // consortium or evaluators_only
    domain::TimePoint uploaded_at;
    std::optional<int> requirement;  // the required document it meets, by position
};

// The document's bytes are its upload's pieces (uploads_repository), which are then discarded.
domain::DocumentId insert_document(Tx& tx, const DocumentRecord& document, const domain::UserId& user_id,
                                   const domain::UploadId& upload_id);
// The documents of a bid a member organisation may see: every 'consortium' one
// and its own 'evaluators_only' ones. Without an organisation: all of them.
std::vector<DocumentRecord> list_documents(Tx& tx, const domain::BidId& bid_id,
                                           const std::optional<domain::OrganisationId>& viewer_organisation);
std::optional<DocumentRecord> find_document(Tx& tx, const domain::BidId& bid_id, const domain::DocumentId& id,
                                            const std::optional<domain::OrganisationId>& viewer_organisation);
// Up to `size` bytes of the document from `offset` (fewer only at its end).
std::string document_piece(Tx& tx, const domain::DocumentId& id, std::uint64_t offset, std::size_t size);
void delete_document(Tx& tx, const domain::DocumentId& id);
// Whether any submission of the bid includes the document.
bool document_submitted(Tx& tx, const domain::BidId& bid_id, const domain::DocumentId& id);

}  // namespace collabtender::persistence
