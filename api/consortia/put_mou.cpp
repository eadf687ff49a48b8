#include "api/consortia/consortium_response.hpp"
#include "api/documents/download.hpp"
#include "api/documents/upload.hpp"
#include "api/handlers.hpp"
#include "api/query.hpp"
#include "app/consortia/read_mou.hpp"
#include "app/consortia/record_mou.hpp"

namespace collabtender::api {

// PUT /api/v1/consortia/{consortium_id}/mou?filename=...: the lead uploads the
// memorandum of understanding (a document, as the raw body), identified by its
// SHA-256 (app::record_mou).
Response put_mou(const Request& request, Context& context) {
    const auto upload = read_upload(request, query_parameters(request, {"filename"}));
    const app::RecordMou command{
        domain::ConsortiumId{request.param("consortium_id")}, upload.upload_id, upload.sha256, upload.filename,
        std::string{domain::media_type(upload.type)},         upload.size};
    return consortium_response(
        app::record_mou(*context.db, *context.principal, command, context.now));
}

// GET /api/v1/consortia/{consortium_id}/mou: the memorandum's bytes (app::read_mou).
Response get_mou(const Request& request, Context& context) {
    const auto mou =
        app::read_mou(*context.db, *context.principal, domain::ConsortiumId{request.param("consortium_id")});
    const auto& document = mou.document;
    return download_response(document.filename, document.media_type, document.sha256,
                             mou_body(mou.consortium_id, document.size));
}

}  // namespace collabtender::api
