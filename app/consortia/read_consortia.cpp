#include "app/consortia/read_consortia.hpp"

#include "app/consortia/consortium_access.hpp"
#include "app/tenders/tender_access.hpp"

namespace collabtender::app {

SeenConsortium read_consortium(persistence::Connection& db, const domain::Principal& principal,
                               const domain::ConsortiumId& consortium_id, domain::TimePoint now) {
    SeenConsortium seen;
    db.transact([&](persistence::Tx& tx) {
        auto visible = visible_consortium(tx, consortium_id, principal);
        seen = {std::move(visible.consortium), may_see_submission_state(visible.role, visible.tender, now)};
    });
    return seen;
}

SeenConsortia list_consortia(persistence::Connection& db, const domain::Principal& principal,
                             const domain::TenderId& tender_id, domain::TimePoint now) {
    SeenConsortia seen;
    db.transact([&](persistence::Tx& tx) {
        const auto tender = readable_tender(tx, tender_id, principal);
        const auto scope = participation_scope(principal, tender);
        seen.reveal_lock =
            may_see_submission_state(scope ? ConsortiumRole::member : ConsortiumRole::overseer, tender, now);
        seen.consortia = persistence::list_consortia(tx, tender.id, scope);
    });
    return seen;
}

}  // namespace collabtender::app
