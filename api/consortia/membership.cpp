#include "api/consortia/membership.hpp"

#include <boost/json.hpp>

#include "api/bids/bid_context.hpp"
#include "api/consortia/consortium_json.hpp"
#include "api/preconditions.hpp"

namespace collabtender::api {

void consortium_changed(persistence::Tx& tx, const std::string& consortium_id, const Context& context) {
    persistence::bump_consortium_version(tx, consortium_id);
    void_consortium_sign_offs(tx, consortium_id, context);
}

Response consortium_response(persistence::Tx& tx, const std::string& consortium_id, const Context& context,
                             int status) {
    consortium_changed(tx, consortium_id, context);
    const auto consortium = persistence::find_consortium(tx, consortium_id);
    auto response = json_response(status, consortium_json(*consortium));
    response.headers.emplace_back("ETag", etag(consortium->version));
    return response;
}

}  // namespace collabtender::api
