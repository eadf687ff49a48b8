#pragma once

#include <cstdint>
#include <string>

#include "app/consortia/membership.hpp"
#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/time_point.hpp"

namespace collabtender::app {

// A memorandum of understanding as uploaded: its stored pieces and what identifies it.
struct RecordMou {
    domain::ConsortiumId consortium_id;
    domain::UploadId upload_id;
    std::string sha256;
    std::string filename;
    std::string media_type;
    std::uint64_t size = 0;
};

// The lead records the consortium's memorandum; a new version needs every member's
// acknowledgement again. Refuses a consortium the caller does not see (not_found)
// or does not lead (forbidden) and a membership that may not change now
// (participation_closed, membership_locked).
persistence::ConsortiumRecord record_mou(persistence::Connection& db, const domain::Principal& lead,
                                         const RecordMou& command, domain::TimePoint now);

}  // namespace collabtender::app
