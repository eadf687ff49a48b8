#include "api/consortia/consortium_response.hpp"

#include <boost/json.hpp>

#include "api/consortia/consortium_json.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"

namespace collabtender::api {

Response consortium_response(const persistence::ConsortiumRecord& consortium, int status, bool reveal_lock) {
    auto response = json_response(status, consortium_json(consortium, reveal_lock));
    response.headers.emplace_back("ETag", etag(consortium.version));
    return response;
}

}  // namespace collabtender::api
