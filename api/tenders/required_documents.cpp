// The documents a tender requires with every bid: each becomes a section of
// every bid ("document-N"), met by one or more uploads naming it.
#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "domain/tender_lifecycle.hpp"
#include "domain/text.hpp"

namespace collabtender::api {
namespace {

constexpr std::size_t most_required_documents = 50;

boost::json::object required_documents_json(const std::vector<persistence::RequiredDocument>& documents) {
    boost::json::array items;
    for (std::size_t i = 0; i < documents.size(); ++i)
        items.push_back(boost::json::object{{"requirement", i},
                                            {"title", documents[i].title},
                                            {"guidance", documents[i].guidance}});
    return {{"documents", std::move(items)}};
}

}  // namespace

// GET /api/v1/tenders/{tender_id}/required-documents, public once the PIN is.
Response get_required_documents(const Request& request, Context& context) {
    std::vector<persistence::RequiredDocument> documents;
    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, request.param("tender_id"), context.principal);
        documents = persistence::list_required_documents(tx, tender.id);
        version = tender.version;
    });
    auto response = json_response(200, required_documents_json(documents));
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

// PUT /api/v1/tenders/{tender_id}/required-documents: {"documents": [{"title",
// "guidance"}]} replaces the set while the tender's configuration is editable.
// Takes and bumps the tender's version.
Response put_required_documents(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::vector<persistence::RequiredDocument> documents;
    domain::Violations violations;
    const auto count = fields.objects("documents", [&](std::size_t i, FieldReader& item) {
        persistence::RequiredDocument document;
        item.text("title", document.title);
        item.text("guidance", document.guidance, Need::optional);
        const auto at = "/documents/" + std::to_string(i);
        domain::check_text(violations, document.title, at + "/title", 1, 200);
        domain::check_text(violations, document.guidance, at + "/guidance", 0, 5000);
        documents.push_back(std::move(document));
    });
    if (count > most_required_documents)
        violations.push_back({"/documents", "too_many", "at most 50 documents may be required"});
    fields.finish(violations);

    int version = 0;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        if (tender.version != expected) throw_stale(tender.version);
        domain::require_configuration_editable(tender.status);
        const auto replaced = persistence::list_required_documents(tx, tender.id).size();
        persistence::replace_required_documents(tx, tender.id, documents);
        version = *persistence::bump_tender_version(tx, tender.id, expected);
        audit(tx, context, {tender.id, "required_documents.replace", "tender", tender.id,
                            boost::json::object{{"documents", replaced}, {"version", expected}},
                            boost::json::object{{"documents", documents.size()}, {"version", version}}});
    });
    auto response = json_response(200, required_documents_json(documents));
    response.headers.emplace_back("ETag", etag(version));
    return response;
}

}  // namespace collabtender::api
