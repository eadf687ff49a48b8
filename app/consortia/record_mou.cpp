#include "app/consortia/record_mou.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/consortia/consortium_access.hpp"

namespace collabtender::app {

persistence::ConsortiumRecord record_mou(persistence::Connection& db, const domain::Principal& lead,
                                         const RecordMou& command, domain::TimePoint now) {
    persistence::ConsortiumRecord recorded;
    db.transact([&](persistence::Tx& tx) {
        const auto visible = led_consortium(tx, command.consortium_id, lead);
        const auto& consortium = visible.consortium;
        require_changeable(visible);
        persistence::set_mou(tx, consortium.id, command.sha256, command.filename, command.media_type, command.upload_id);
        recorded = changed_consortium(tx, consortium.id, lead, now);
        // The digest identifies the memorandum; its bytes stay out of the trail.
        const auto& previous = consortium.mou_sha256;
        append_audit(tx, lead, now,
                     {visible.tender.id, "mou.upload", "consortium", consortium.id,
                      boost::json::object{{"sha256", previous ? boost::json::value(*previous) : nullptr}},
                      boost::json::object{{"sha256", command.sha256}, {"size_bytes", command.size}}});
    });
    return recorded;
}

}  // namespace collabtender::app
