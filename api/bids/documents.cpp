// Documents of a bid: uploaded as the raw body, recognised by their bytes,
// stored with their SHA-256, and shown by the visibility the uploader chose.
#include <boost/json.hpp>

#include "api/json_values.hpp"

#include "api/documents/download.hpp"
#include "api/documents/upload.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/query.hpp"
#include "app/bids/change_documents.hpp"
#include "app/bids/read_documents.hpp"
#include "domain/time_format.hpp"
#include "domain/document_type.hpp"

namespace collabtender::api {
namespace {

boost::json::object document_json(const persistence::DocumentRecord& d) {
    return {{"id", d.id},
            {"bid_id", d.bid_id},
            {"uploaded_by_organisation_id", d.uploaded_by_organisation},
            {"filename", d.filename},
            {"media_type", d.media_type},
            {"size_bytes", d.size_bytes},
            {"sha256", d.sha256},
            {"visibility", d.visibility},
            {"uploaded_at", domain::format_rfc3339(d.uploaded_at)},
            {"requirement", nullable(d.requirement)}};
}

}  // namespace

// POST /api/v1/bids/{bid_id}/documents?filename=...&visibility=consortium|evaluators_only
// (app::upload_document): the query and the bytes read here.
Response post_document(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"filename", "visibility", "requirement"});
    const auto visibility = parameters.count("visibility") ? parameters.at("visibility") : std::string{"consortium"};
    if (visibility != "consortium" && visibility != "evaluators_only")
        throw bad_parameter("visibility", "must be consortium or evaluators_only");
    std::optional<int> requirement;
    if (parameters.count("requirement")) {
        const auto& text = parameters.at("requirement");
        if (text.empty() || text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos)
            throw bad_parameter("requirement", "must be the position of a required document");
        requirement = std::stoi(text);
    }
    const auto upload = read_upload(request, parameters);
    const auto document = app::upload_document(
        *context.db, *context.principal,
        {domain::BidId{request.param("bid_id")}, upload.filename, std::string{domain::media_type(upload.type)},
         static_cast<long long>(upload.size), upload.sha256, upload.upload_id, visibility, requirement},
        context.now);
    auto response = json_response(201, document_json(document));
    response.headers.emplace_back("Location",
                                  "/api/v1/bids/" + document.bid_id.str() + "/documents/" + document.id.str());
    return response;
}

// Only what the caller's organisation may see (app::read_documents).
Response get_documents(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& d : app::read_documents(*context.db, *context.principal, domain::BidId{request.param("bid_id")}))
        items.push_back(document_json(d));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

Response get_document_content(const Request& request, Context& context) {
    const auto document = app::read_document(*context.db, *context.principal, domain::BidId{request.param("bid_id")},
                                             domain::DocumentId{request.param("document_id")});
    return download_response(document.filename, document.media_type, document.sha256,
                             document_body(document.id, static_cast<std::uint64_t>(document.size_bytes)));
}

// The uploading organisation removes its document while the bid is being drafted
// (app::remove_document).
Response delete_document(const Request& request, Context& context) {
    app::remove_document(*context.db, *context.principal, domain::BidId{request.param("bid_id")},
                         domain::DocumentId{request.param("document_id")}, context.now);
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
