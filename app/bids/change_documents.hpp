#pragma once

// Uploading and removing a bid's documents. A document meeting a required
// document belongs to that section: only its owner and the lead change it, and
// each change is a new version of it. Either voids sign-offs of the draft as it was.
#include <optional>
#include <string>

#include "domain/ids.hpp"
#include "persistence/database.hpp"
#include "persistence/documents_repository.hpp"

namespace collabtender::app {

// A document whose bytes have been stored as an upload, recognised and hashed.
struct UploadDocument {
    domain::BidId bid_id;
    std::string filename;
    std::string media_type;
    long long size_bytes = 0;
    std::string sha256;
    domain::UploadId upload_id;      // its stored pieces
    std::string visibility;          // consortium or evaluators_only
    std::optional<int> requirement;  // the required document it meets, by position
};

// A member uploads a document to the bid while a stage is open. Returns it.
// Refuses a bid the caller is not a member of (not_found), a requirement the
// tender does not have (invalid_query at ?requirement), a closed stage
// (submissions_closed, excluded), and a required document's section owned by
// someone else (not_section_owner).
persistence::DocumentRecord upload_document(persistence::Connection& db, const domain::Principal& member,
                                            const UploadDocument& command, domain::TimePoint now);

// The uploading organisation removes its document while a stage is open. Refuses
// a bid or document the caller may not see (not_found), another organisation's
// document (forbidden), a closed stage (submissions_closed, excluded), a required
// document's section owned by someone else (not_section_owner), and a document
// that is part of a submission (document_submitted).
void remove_document(persistence::Connection& db, const domain::Principal& member, const domain::BidId& bid_id,
                     const domain::DocumentId& document_id, domain::TimePoint now);

}  // namespace collabtender::app
