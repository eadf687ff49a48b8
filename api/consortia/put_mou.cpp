#include <boost/json.hpp>

#include "api/consortia/membership.hpp"
#include "api/handlers.hpp"
#include "domain/text.hpp"

namespace collabtender::api {

// The lead records the memorandum of understanding by its SHA-256. A new version
// needs every member's acknowledgement again.
Response put_mou(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string sha256, filename;
    fields.text("sha256", sha256);
    fields.text("filename", filename);
    domain::Violations violations;
    if (!domain::is_sha256_hex(sha256))
        violations.push_back({"/sha256", "invalid_digest", "must be a SHA-256 as 64 lower-case hex digits"});
    domain::check_text(violations, filename, "/filename", 1, 255);
    fields.finish(violations);

    Response response;
    context.db->transact([&](persistence::Tx& tx) {
        const auto visible = led_consortium(tx, request.param("consortium_id"), *context.principal);
        require_membership_changeable(visible);
        persistence::set_mou(tx, visible.consortium.id, sha256, filename);
        response = consortium_response(tx, visible.consortium.id);
    });
    return response;
}

}  // namespace collabtender::api
