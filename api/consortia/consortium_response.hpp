#pragma once

#include "api/router.hpp"
#include "app/consortia/membership.hpp"

namespace collabtender::api {

// A consortium as read or as a change left it, with its version as the ETag.
// `reveal_lock`: as consortium_json.
Response consortium_response(const persistence::ConsortiumRecord& consortium, int status = 200,
                             bool reveal_lock = true);

// What a membership change does to the consortium's bids (api/bids' sign-off
// check), as this request's actor at its time.
app::VoidSignOffs void_sign_offs(const Context& context);

}  // namespace collabtender::api
