#include "app/consortia/acknowledge_mou.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "app/consortia/consortium_access.hpp"
#include "domain/consortium.hpp"

namespace collabtender::app {

persistence::ConsortiumRecord acknowledge_mou(persistence::Connection& db, const domain::Principal& member,
                                              const AcknowledgeMou& command, domain::TimePoint now) {
    persistence::ConsortiumRecord acknowledged;
    db.transact([&](persistence::Tx& tx) {
        const auto visible = member_consortium(tx, command.consortium_id, member);
        const auto& consortium = visible.consortium;
        require_changeable(visible);
        domain::require_current_mou(consortium.mou_sha256, command.sha256);
        persistence::acknowledge_mou(tx, consortium.id, member.organisation_id, command.sha256, member.user_id, now);
        acknowledged = changed_consortium(tx, consortium.id, member, now);
        append_audit(tx, member, now,
                     {visible.tender.id, "mou.acknowledge", "consortium", consortium.id, nullptr,
                      boost::json::object{{"organisation_id", member.organisation_id}, {"sha256", command.sha256}}});
    });
    return acknowledged;
}

}  // namespace collabtender::app
