#pragma once

#include <optional>
#include <string>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

// Tenders: commissioners of the owning body manage them and alone see drafts;
// published tenders are public notices that anyone may read, signed in or not.
bool may_manage_tender(const std::optional<domain::Principal>& principal, const persistence::TenderRecord& tender);

// Refuses (forbidden) whoever does not manage the tender.
void require_manages_tender(const std::optional<domain::Principal>& principal, const persistence::TenderRecord& tender);

// Loads a tender the caller may read; not_found for one they may not know of.
persistence::TenderRecord readable_tender(persistence::Tx& tx, const domain::TenderId& id,
                                          const std::optional<domain::Principal>& principal);
// Loads, without locking, a tender for what only its commissioners see:
// not_found if they may not see it, forbidden if they may see it but not manage it.
persistence::TenderRecord tender_for_commissioners(persistence::Tx& tx, const domain::TenderId& id,
                                                   const std::optional<domain::Principal>& principal);
// Loads and row-locks a tender the caller may change: not_found if they may not
// see it, forbidden if they may see it but not change it.
persistence::TenderRecord manageable_tender(persistence::Tx& tx, const domain::TenderId& id,
                                            const std::optional<domain::Principal>& principal);

// For a tender already read, the same answer as manageable_tender's: not_found if
// the caller may not know of it, forbidden if they may see but not manage it.
void require_manager(const persistence::TenderRecord& tender, const std::optional<domain::Principal>& principal);

// The tender's lot of that id: not_found if it has none.
persistence::LotRecord tender_lot(persistence::Tx& tx, const persistence::TenderRecord& tender,
                                  const domain::LotId& lot_id);

// A lot the caller manages, reached by its id alone: not_found if they may not
// know of it, forbidden if they may see but not manage it. With `lock`, the
// tender row is locked.
struct ManagedLot {
    persistence::TenderRecord tender;
    persistence::LotRecord lot;
};
ManagedLot managed_lot(persistence::Tx& tx, const domain::LotId& lot_id,
                       const std::optional<domain::Principal>& principal, bool lock = false);

// Whose bookings and registrations of interest a caller may see on a tender: the
// owning body's commissioners see every organisation's (no organisation), a
// provider only its own organisation's; anyone else is refused (forbidden).
std::optional<domain::OrganisationId> participation_scope(const domain::Principal& principal,
                                                          const persistence::TenderRecord& tender);

}  // namespace collabtender::app
