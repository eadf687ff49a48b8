#include "persistence/uploads_repository.hpp"

#include "persistence/columns.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/uploads.hpp"

namespace collabtender::persistence {

void store_upload_piece(Tx& tx, const domain::UploadId& upload_id, int piece, std::string_view bytes, domain::TimePoint now) {
    tx.exec_prepared0(sql::upload_piece_insert, upload_id, piece, pqxx::binarystring{bytes.data(), bytes.size()},
                      micros(now));
}

void discard_upload(Tx& tx, const domain::UploadId& upload_id) { tx.exec_prepared0(sql::upload_discard, upload_id); }

long discard_abandoned_uploads(Tx& tx, domain::TimePoint before) {
    return static_cast<long>(tx.exec_prepared0(sql::uploads_abandoned_discard, micros(before)).affected_rows());
}

}  // namespace collabtender::persistence
