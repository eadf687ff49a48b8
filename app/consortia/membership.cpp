#include "app/consortia/membership.hpp"

#include "app/bids/sign_offs.hpp"
#include "domain/consortium.hpp"

namespace collabtender::app {

void require_changeable(const VisibleConsortium& visible) {
    domain::require_membership_changeable(visible.tender.status, visible.consortium.locked_at.has_value());
}

void consortium_changed(persistence::Tx& tx, const domain::ConsortiumId& consortium_id, const domain::Principal& actor,
                        domain::TimePoint now) {
    persistence::bump_consortium_version(tx, consortium_id);
    void_consortium_sign_offs(tx, consortium_id, actor, now);
}

persistence::ConsortiumRecord changed_consortium(persistence::Tx& tx, const domain::ConsortiumId& consortium_id,
                                                 const domain::Principal& actor, domain::TimePoint now) {
    consortium_changed(tx, consortium_id, actor, now);
    return *persistence::find_consortium(tx, consortium_id);
}

}  // namespace collabtender::app
