#pragma once

#include <string>
#include <string_view>

#include "domain/ids.hpp"
#include "domain/login_throttle.hpp"
#include "persistence/database.hpp"

namespace collabtender::persistence {

// Uploads arrive in pieces, each stored as it comes (in its own short transaction),
// and are joined into their document by the request's transaction.
void store_upload_piece(Tx& tx, const domain::UploadId& upload_id, int piece, std::string_view bytes, domain::TimePoint now);
// Removes an upload's pieces: once joined into its document, or when abandoned.
void discard_upload(Tx& tx, const domain::UploadId& upload_id);
// Removes the pieces of uploads nobody finished, stored before `before`; returns how many.
long discard_abandoned_uploads(Tx& tx, domain::TimePoint before);

}  // namespace collabtender::persistence
