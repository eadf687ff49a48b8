#include "app/tenders/tender_access.hpp"

#include "domain/refusal.hpp"
#include "domain/tender.hpp"

namespace collabtender::app {
namespace {

using domain::Refusal, domain::RefusalCode;

bool may_read_tender(const std::optional<domain::Principal>& principal, const persistence::TenderRecord& tender) {
    return domain::is_published(tender.status, tender.was_published) || may_manage_tender(principal, tender);
}

Refusal forbidden() { return {RefusalCode::forbidden, "Your account is not allowed to do this."}; }

}  // namespace

bool may_manage_tender(const std::optional<domain::Principal>& principal, const persistence::TenderRecord& tender) {
    return principal && domain::manages_tender(*principal, tender.organisation_id);
}

void require_manages_tender(const std::optional<domain::Principal>& principal, const persistence::TenderRecord& tender) {
    if (!may_manage_tender(principal, tender)) throw forbidden();
}

persistence::TenderRecord readable_tender(persistence::Tx& tx, const domain::TenderId& id,
                                          const std::optional<domain::Principal>& principal) {
    auto tender = persistence::find_tender(tx, id);
    if (!tender || !may_read_tender(principal, *tender)) throw Refusal{RefusalCode::not_found, "No such tender."};
    return std::move(*tender);
}

persistence::TenderRecord tender_for_commissioners(persistence::Tx& tx, const domain::TenderId& id,
                                                   const std::optional<domain::Principal>& principal) {
    auto tender = readable_tender(tx, id, principal);
    require_manages_tender(principal, tender);
    return tender;
}

persistence::TenderRecord manageable_tender(persistence::Tx& tx, const domain::TenderId& id,
                                            const std::optional<domain::Principal>& principal) {
    auto tender = persistence::find_tender(tx, id, true);
    if (!tender) throw Refusal{RefusalCode::not_found, "No such tender."};
    require_manager(*tender, principal);
    return std::move(*tender);
}

void require_manager(const persistence::TenderRecord& tender, const std::optional<domain::Principal>& principal) {
    if (!may_read_tender(principal, tender)) throw Refusal{RefusalCode::not_found, "No such tender."};
    require_manages_tender(principal, tender);
}

persistence::LotRecord tender_lot(persistence::Tx& tx, const persistence::TenderRecord& tender,
                                  const domain::LotId& lot_id) {
    auto lot = persistence::find_lot(tx, tender.id, lot_id);
    if (!lot) throw Refusal{RefusalCode::not_found, "No such lot."};
    return std::move(*lot);
}

ManagedLot managed_lot(persistence::Tx& tx, const domain::LotId& lot_id,
                       const std::optional<domain::Principal>& principal, bool lock) {
    auto found = persistence::lot_with_tender(tx, lot_id, lock);
    if (!found) throw Refusal{RefusalCode::not_found, "No such lot."};
    require_manager(found->tender, principal);
    return {std::move(found->tender), std::move(found->lot)};
}

std::optional<domain::OrganisationId> participation_scope(const domain::Principal& principal,
                                                          const persistence::TenderRecord& tender) {
    if (may_manage_tender(principal, tender)) return std::nullopt;
    if (principal.role == domain::Role::provider) return principal.organisation_id;
    throw forbidden();
}

}  // namespace collabtender::app
