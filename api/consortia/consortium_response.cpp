#include "api/consortia/consortium_response.hpp"

#include <boost/json.hpp>

#include "api/bids/bid_context.hpp"
#include "api/consortia/consortium_json.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"

namespace collabtender::api {

Response consortium_response(const persistence::ConsortiumRecord& consortium, int status, bool reveal_lock) {
    auto response = json_response(status, consortium_json(consortium, reveal_lock));
    response.headers.emplace_back("ETag", etag(consortium.version));
    return response;
}

app::VoidSignOffs void_sign_offs(const Context& context) {
    return [&context](persistence::Tx& tx, const std::string& consortium_id) {
        void_consortium_sign_offs(tx, consortium_id, context);
    };
}

}  // namespace collabtender::api
