// The documents a tender requires with every bid: each becomes a section of
// every bid ("document-N"), met by one or more uploads naming it.
#include <boost/json.hpp>

#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"
#include "api/tenders/commands.hpp"
#include "app/tenders/read_required_documents.hpp"

namespace collabtender::api {
namespace {

Response required_documents_response(const app::RequiredDocuments& read) {
    boost::json::array items;
    for (std::size_t i = 0; i < read.documents.size(); ++i)
        items.push_back(boost::json::object{{"requirement", i},
                                            {"title", read.documents[i].title},
                                            {"guidance", read.documents[i].guidance}});
    auto response = json_response(200, boost::json::object{{"documents", std::move(items)}});
    response.headers.emplace_back("ETag", etag(read.version));
    return response;
}

}  // namespace

// GET /api/v1/tenders/{tender_id}/required-documents, public once the PIN is
// (app::read_required_documents).
Response get_required_documents(const Request& request, Context& context) {
    return required_documents_response(
        app::read_required_documents(*context.db, context.principal, domain::TenderId{request.param("tender_id")}));
}

// PUT /api/v1/tenders/{tender_id}/required-documents with If-Match: {"documents":
// [{"title", "guidance"}]} replaces the set (app::set_required_documents).
Response put_required_documents(const Request& request, Context& context) {
    const int version = required_if_match(request);
    auto command = read_command<app::SetRequiredDocuments>(request);
    command.tender_id = domain::TenderId{request.param("tender_id")};
    command.version = version;
    return required_documents_response(
        app::set_required_documents(*context.db, *context.principal, command, context.now));
}

}  // namespace collabtender::api
