// Documents of a bid: uploaded as the raw body, recognised by their bytes,
// stored with their SHA-256, and shown by the visibility the uploader chose.
#include <boost/json.hpp>

#include "api/json_values.hpp"

#include "api/audit/audit.hpp"
#include "api/bids/bid_context.hpp"
#include "api/documents/upload.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "api/time_format.hpp"
#include "domain/bid.hpp"
#include "domain/document_type.hpp"
#include "persistence/documents_repository.hpp"

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
            {"uploaded_at", format_rfc3339(d.uploaded_at)}};
}

// For the audit trail: the digest identifies the bytes, which stay out; so does
// the filename, which may name a person.
boost::json::object document_summary(const persistence::DocumentRecord& d) {
    return {{"bid_id", d.bid_id},
            {"sha256", d.sha256},
            {"size_bytes", d.size_bytes},
            {"media_type", d.media_type},
            {"visibility", d.visibility}};
}

}  // namespace

// POST /api/v1/bids/{bid_id}/documents?filename=...&visibility=consortium|evaluators_only
Response post_document(const Request& request, Context& context) {
    const auto parameters = query_parameters(request, {"filename", "visibility"});
    const auto visibility = parameters.count("visibility") ? parameters.at("visibility") : std::string{"consortium"};
    if (visibility != "consortium" && visibility != "evaluators_only")
        throw Problem{400, "invalid-query", "Invalid query parameter", "A query parameter is not acceptable."}
            .with_errors({{"?visibility", "invalid_parameter", "must be consortium or evaluators_only"}});
    const auto upload = read_upload(request, parameters);

    persistence::DocumentRecord document;
    context.db->transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal);
        require_open_stage(c.tender, context.now);
        document = persistence::DocumentRecord{{},
                                               c.bid.id,
                                               context.principal->organisation_id,
                                               upload.filename,
                                               std::string{domain::media_type(upload.type)},
                                               static_cast<long long>(request.body.size()),
                                               sha256_hex(request.body),
                                               visibility,
                                               context.now};
        document.id = persistence::insert_document(tx, document, context.principal->user_id, request.body);
        void_changed_sign_offs(tx, c, context);
        audit(tx, context,
              {c.tender.id, "document.upload", "document", document.id, nullptr, document_summary(document)});
    });
    auto response = json_response(201, document_json(document));
    response.headers.emplace_back("Location", "/api/v1/bids/" + document.bid_id + "/documents/" + document.id);
    return response;
}

// Only what the caller's organisation may see: others' evaluators_only documents
// are not listed, nor counted.
Response get_documents(const Request& request, Context& context) {
    std::vector<persistence::DocumentRecord> documents;
    context.db->transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal);
        documents = persistence::list_documents(tx, c.bid.id, context.principal->organisation_id);
    });
    boost::json::array items;
    for (const auto& d : documents) items.push_back(document_json(d));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

Response get_document_content(const Request& request, Context& context) {
    std::optional<persistence::DocumentRecord> document;
    std::string content;
    context.db->transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal);
        document = persistence::find_document(tx, c.bid.id, request.param("document_id"),
                                              context.principal->organisation_id);
        if (!document) throw problems::not_found("No such document.");
        content = persistence::document_content(tx, document->id);
    });
    return download_response(document->filename, document->media_type, std::move(content));
}

// The uploading organisation removes its document while the bid is being drafted.
Response delete_document(const Request& request, Context& context) {
    context.db->transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal);
        const auto document = persistence::find_document(tx, c.bid.id, request.param("document_id"),
                                                         context.principal->organisation_id);
        if (!document) throw problems::not_found("No such document.");
        if (document->uploaded_by_organisation != context.principal->organisation_id) throw problems::forbidden();
        require_open_stage(c.tender, context.now);
        if (persistence::document_submitted(tx, c.bid.id, document->id))
            throw problems::conflict("This document is part of a submission and stays as it was submitted.");
        persistence::delete_document(tx, document->id);
        void_changed_sign_offs(tx, c, context);
        audit(tx, context,
              {c.tender.id, "document.delete", "document", document->id, document_summary(*document), nullptr});
    });
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
