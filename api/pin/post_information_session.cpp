#include <boost/json.hpp>

#include "api/audit/audit.hpp"
#include "api/authorization.hpp"
#include "api/handlers.hpp"
#include "api/json_body.hpp"
#include "api/pin/pin_json.hpp"
#include "api/problem.hpp"

namespace collabtender::api {

// Information sessions are announced with the PIN and may be added until stage 1 closes.
Response post_information_session(const Request& request, Context& context) {
    const auto body = parse_json_object(request);
    FieldReader fields{body};
    domain::InformationSession session;
    std::optional<domain::TimePoint> starts_at, ends_at;
    fields.nullable_time("starts_at", starts_at);
    fields.nullable_time("ends_at", ends_at);
    if (!starts_at) fields.add({"/starts_at", "required", "is required"});
    if (!ends_at) fields.add({"/ends_at", "required", "is required"});
    session.starts_at = starts_at.value_or(domain::TimePoint{});
    session.ends_at = ends_at.value_or(domain::TimePoint{});
    fields.text("place", session.place, Need::optional);
    fields.text("online_link", session.online_link, Need::optional);
    fields.integer("capacity", session.capacity);
    fields.finish(domain::validate(session, context.now));

    std::optional<persistence::InformationSessionRecord> created;
    context.db->transact([&](persistence::Tx& tx) {
        const auto tender = manageable_tender(tx, request.param("tender_id"), context.principal);
        const auto status = tender.status;
        if (status != domain::TenderStatus::draft && status != domain::TenderStatus::pin_published &&
            status != domain::TenderStatus::stage1_open)
            throw Problem{409, "sessions-closed", "Sessions closed",
                          "Information sessions can be added only until stage 1 closes."};
        const auto id = persistence::insert_information_session(tx, tender.id, session);
        created = persistence::find_information_session(tx, tender.id, id);
        audit(tx, context, {tender.id, "information_session.create", "information_session", id, nullptr,
                            boost::json::object{{"capacity", session.capacity}}});
    });
    auto response = json_response(201, session_json(*created));
    response.headers.emplace_back("Location",
                                  "/api/v1/tenders/" + created->tender_id + "/information-sessions/" + created->id);
    return response;
}

}  // namespace collabtender::api
