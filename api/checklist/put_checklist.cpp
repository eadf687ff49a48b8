#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/checklist/checklist_json.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/preconditions.hpp"

namespace collabtender::api {

// Saves a new version of the checklist; earlier versions stay as its history.
// If-Match names the version being replaced ("0" before the first save).
Response put_checklist(const Request& request, Context& context) {
    const int expected = required_if_match(request);
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    std::vector<domain::ChecklistElement> elements;
    fields.objects("elements", [&](std::size_t, FieldReader& item) {
        domain::ChecklistElement element;
        item.text("key", element.key);
        item.integer("score", element.score);
        item.text("comments", element.comments, Need::optional);
        elements.push_back(std::move(element));
    });
    fields.finish(domain::validate_checklist(elements));

    persistence::ChecklistVersion saved;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        const auto history = persistence::checklist_history(tx, tender.id);
        const int current = history.empty() ? 0 : history.front().version;
        if (current != expected) throw_stale(current);
        persistence::insert_checklist_version(tx, tender.id, current + 1, elements, context.principal->user_id,
                                              context.now);
        saved = persistence::checklist_history(tx, tender.id).front();
        // Versions and size only: the comments are free text.
        audit(tx, context, {tender.id, "checklist.save", "tender", tender.id, boost::json::object{{"version", current}},
                            boost::json::object{{"version", saved.version}, {"elements", saved.elements.size()}}});
    });
    auto response = json_response(200, checklist_json(saved));
    response.headers.emplace_back("ETag", etag(saved.version));
    return response;
}

}  // namespace collabtender::api
