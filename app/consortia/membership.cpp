#include "app/consortia/membership.hpp"

#include "domain/consortium.hpp"

namespace collabtender::app {

void require_changeable(const VisibleConsortium& visible) {
    domain::require_membership_changeable(visible.tender.status, visible.consortium.locked_at.has_value());
}

void consortium_changed(persistence::Tx& tx, const std::string& consortium_id, const VoidSignOffs& void_sign_offs) {
    persistence::bump_consortium_version(tx, consortium_id);
    void_sign_offs(tx, consortium_id);
}

persistence::ConsortiumRecord changed_consortium(persistence::Tx& tx, const std::string& consortium_id,
                                                 const VoidSignOffs& void_sign_offs) {
    consortium_changed(tx, consortium_id, void_sign_offs);
    return *persistence::find_consortium(tx, consortium_id);
}

}  // namespace collabtender::app
