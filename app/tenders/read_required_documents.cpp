#include "app/tenders/read_required_documents.hpp"

#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

RequiredDocuments read_required_documents(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                                          const domain::TenderId& tender_id) {
    RequiredDocuments out;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, tender_id, reader);
        out.documents = persistence::list_required_documents(tx, tender.id);
        out.version = tender.version;
    });
    return out;
}

}  // namespace collabtender::app
