// Documents of a bid: uploaded as the raw body, recognised by their bytes,
// stored with their SHA-256, and shown by the visibility the uploader chose.
#include <boost/json.hpp>

#include "api/json_values.hpp"

#include "api/audit/audit.hpp"
#include "api/bids/bid_context.hpp"
#include "api/documents/download.hpp"
#include "api/documents/upload.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "api/query.hpp"
#include "api/sections/section_access.hpp"
#include "app/bids/read_documents.hpp"
#include "domain/time_format.hpp"
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
            {"uploaded_at", domain::format_rfc3339(d.uploaded_at)},
            {"requirement", nullable(d.requirement)}};
}

// A document meeting a required document belongs to that section: only its owner
// and the lead change it (403 otherwise), and each change is a new version of it.
void require_requirement_editable(persistence::Tx& tx, const BidContext& c, int requirement, const Context& context) {
    const auto section = domain::to_string({domain::SectionKey::Kind::document, requirement});
    require_section_editable(member_section(tx, c.bid.id, section, *context.principal), context);
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

    persistence::DocumentRecord document;
    context.db->transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal, persistence::BidLock::bid);
        if (requirement && *requirement >= static_cast<int>(c.required_documents.size()))
            throw bad_parameter("requirement", "names no document this tender requires");
        require_open_stage(c, context.now);
        if (requirement) require_requirement_editable(tx, c, *requirement, context);
        document = persistence::DocumentRecord{{},
                                               c.bid.id,
                                               context.principal->organisation_id,
                                               upload.filename,
                                               std::string{domain::media_type(upload.type)},
                                               static_cast<long long>(upload.size),
                                               upload.sha256,
                                               visibility,
                                               context.now,
                                               requirement};
        document.id = persistence::insert_document(tx, document, context.principal->user_id, upload.upload_id);
        if (requirement) record_document_section_save(tx, c, *requirement, context);
        void_changed_sign_offs(tx, c, context);
        audit(tx, context,
              {c.tender.id, "document.upload", "document", document.id, nullptr, document_summary(document)});
    });
    auto response = json_response(201, document_json(document));
    response.headers.emplace_back("Location", "/api/v1/bids/" + document.bid_id + "/documents/" + document.id);
    return response;
}

// Only what the caller's organisation may see (app::read_documents).
Response get_documents(const Request& request, Context& context) {
    boost::json::array items;
    for (const auto& d : app::read_documents(*context.db, *context.principal, request.param("bid_id")))
        items.push_back(document_json(d));
    return json_response(200, boost::json::object{{"items", std::move(items)}});
}

Response get_document_content(const Request& request, Context& context) {
    const auto document =
        app::read_document(*context.db, *context.principal, request.param("bid_id"), request.param("document_id"));
    return download_response(document.filename, document.media_type, document.sha256,
                             document_body(document.id, static_cast<std::uint64_t>(document.size_bytes)));
}

// The uploading organisation removes its document while the bid is being drafted.
Response delete_document(const Request& request, Context& context) {
    context.db->transact([&](persistence::Tx& tx) {
        const auto c = member_bid(tx, request.param("bid_id"), *context.principal, persistence::BidLock::bid);
        const auto document = persistence::find_document(tx, c.bid.id, request.param("document_id"),
                                                         context.principal->organisation_id);
        if (!document) throw problems::not_found("No such document.");
        if (document->uploaded_by_organisation != context.principal->organisation_id) throw problems::forbidden();
        require_open_stage(c, context.now);
        if (document->requirement) require_requirement_editable(tx, c, *document->requirement, context);
        if (persistence::document_submitted(tx, c.bid.id, document->id))
            throw problems::conflict("This document is part of a submission and stays as it was submitted.");
        persistence::delete_document(tx, document->id);
        if (document->requirement) record_document_section_save(tx, c, *document->requirement, context);
        void_changed_sign_offs(tx, c, context);
        audit(tx, context,
              {c.tender.id, "document.delete", "document", document->id, document_summary(*document), nullptr});
    });
    return Response{204, "", "", {}};
}

}  // namespace collabtender::api
