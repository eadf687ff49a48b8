#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/consortia/membership.hpp"
#include "api/handlers.hpp"

namespace collabtender::api {

// A member acknowledges the memorandum of understanding, naming the digest it read,
// so an acknowledgement can never be taken for a later version.
Response post_mou_acknowledgement(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::string sha256;
    fields.text("sha256", sha256);
    fields.finish();

    Response response;
    context.db->transact([&](persistence::Tx& tx) {
        const auto visible = visible_consortium(tx, request.param("consortium_id"), *context.principal, true);
        if (visible.role != ConsortiumRole::lead && visible.role != ConsortiumRole::member) throw problems::forbidden();
        require_membership_changeable(visible);
        if (!visible.consortium.mou_sha256 || *visible.consortium.mou_sha256 != sha256)
            throw problems::validation({{"/sha256", "not_current", "is not the consortium's current memorandum"}});
        const auto& p = *context.principal;
        persistence::acknowledge_mou(tx, visible.consortium.id, p.organisation_id, sha256, p.user_id, context.now);
        response = consortium_response(tx, visible.consortium.id, context);
        audit(tx, context, {visible.tender.id, "mou.acknowledge", "consortium", visible.consortium.id, nullptr,
                            boost::json::object{{"organisation_id", p.organisation_id}, {"sha256", sha256}}});
    });
    return response;
}

}  // namespace collabtender::api
