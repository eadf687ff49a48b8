#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/consortia/membership.hpp"
#include "api/documents/download.hpp"
#include "api/documents/upload.hpp"
#include "api/handlers.hpp"
#include "api/json_values.hpp"
#include "api/query.hpp"

namespace collabtender::api {

// PUT /api/v1/consortia/{consortium_id}/mou?filename=...: the lead uploads the
// memorandum of understanding (a document, as the raw body). It is identified by
// its SHA-256; a new version needs every member's acknowledgement again.
Response put_mou(const Request& request, Context& context) {
    const auto upload = read_upload(request, query_parameters(request, {"filename"}));
    Response response;
    context.db->transact([&](persistence::Tx& tx) {
        const auto visible = led_consortium(tx, request.param("consortium_id"), *context.principal);
        require_membership_changeable(visible);
        const auto& sha256 = upload.sha256;
        persistence::set_mou(tx, visible.consortium.id, sha256, upload.filename,
                             std::string{domain::media_type(upload.type)}, upload.upload_id);
        response = consortium_response(tx, visible.consortium.id, context);
        // The digest identifies the memorandum; its bytes stay out of the trail.
        const auto& previous = visible.consortium.mou_sha256;
        audit(tx, context, {visible.tender.id, "mou.upload", "consortium", visible.consortium.id,
                            boost::json::object{{"sha256", previous ? boost::json::value(*previous) : nullptr}},
                            boost::json::object{{"sha256", sha256}, {"size_bytes", upload.size}}});
    });
    return response;
}

// The memorandum's bytes, for the consortium's members, organisations invited into
// it and the owning body.
Response get_mou(const Request& request, Context& context) {
    std::optional<persistence::MouDocument> mou;
    std::string consortium_id;
    context.db->transact([&](persistence::Tx& tx) {
        // An invited organisation reads it too: it decides whether to join on it.
        const auto consortium = persistence::find_consortium(tx, request.param("consortium_id"));
        const auto role = consortium ? consortium_role(*context.principal, *consortium,
                                                       *persistence::find_tender(tx, consortium->tender_id))
                                     : ConsortiumRole::none;
        if (role == ConsortiumRole::none) throw problems::not_found("No such consortium.");
        consortium_id = consortium->id;
        mou = persistence::mou_document(tx, consortium_id);
    });
    if (!mou) throw problems::not_found("No memorandum of understanding has been uploaded.");
    return download_response(mou->filename, mou->media_type, mou->sha256, mou_body(consortium_id, mou->size));
}

}  // namespace collabtender::api
