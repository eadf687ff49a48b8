#include "api/consortia/membership.hpp"

#include <boost/json.hpp>

#include "api/consortia/consortium_json.hpp"
#include "api/preconditions.hpp"

namespace collabtender::api {

Response consortium_response(persistence::Tx& tx, const std::string& consortium_id, int status) {
    const auto version = persistence::bump_consortium_version(tx, consortium_id);
    const auto consortium = persistence::find_consortium(tx, consortium_id);
    auto response = json_response(status, consortium_json(*consortium));
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
