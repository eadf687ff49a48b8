#include "app/audit/read_account_audit.hpp"

#include "persistence/accounts_repository.hpp"
#include "persistence/audit_repository.hpp"

namespace collabtender::app {

TenderAudit read_account_audit(persistence::Connection& db, const ReadAccountAudit& query) {
    TenderAudit audit;
    db.transact([&](persistence::Tx& tx) {
        auto page = persistence::global_links(tx, query.entity_type, query.entity_id, query.limit, query.offset);
        audit.items = audited_events(std::move(page.links), [&](const domain::UserId& user_id) {
            ActorNames names;
            if (const auto user = persistence::find_user(tx, user_id)) {
                names.person = user->display_name;
                if (const auto organisation = persistence::find_organisation(tx, user->organisation_id))
                    names.organisation = organisation->name;
            }
            return names;
        });
        audit.total = page.total;
    });
    return audit;
}

}  // namespace collabtender::app
