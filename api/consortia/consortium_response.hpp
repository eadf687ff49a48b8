#pragma once

#include "api/router.hpp"
#include "persistence/consortia_repository.hpp"

namespace collabtender::api {

// A consortium as read or as a change left it, with its version as the ETag.
// `reveal_lock`: as consortium_json.
Response consortium_response(const persistence::ConsortiumRecord& consortium, int status = 200,
                             bool reveal_lock = true);

}  // namespace collabtender::api
