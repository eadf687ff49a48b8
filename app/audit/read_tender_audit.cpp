#include "app/audit/read_tender_audit.hpp"

#include <map>

#include <boost/json.hpp>

#include "app/tenders/tender_access.hpp"
#include "domain/audit_trail.hpp"
#include "persistence/accounts_repository.hpp"
#include "persistence/audit_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {
namespace {

ActorNames actor_names(persistence::Tx& tx, const persistence::TenderRecord& tender, const domain::UserId& user_id) {
    ActorNames names;
    if (const auto user = persistence::find_user(tx, user_id)) {
        if (user->organisation_id == tender.organisation_id) names.person = user->display_name;
        if (const auto organisation = persistence::find_organisation(tx, user->organisation_id))
            names.organisation = organisation->name;
    }
    return names;
}

}  // namespace

std::vector<AuditedEvent> audited_events(std::vector<persistence::AuditLink> links,
                                         const std::function<ActorNames(const domain::UserId&)>& names) {
    std::vector<AuditedEvent> out;
    std::map<std::string, ActorNames> known;
    for (auto& link : links) {
        AuditedEvent item{persistence::parse_stored_json(link.event).as_object(), std::move(link.previous_hash),
                          std::move(link.hash), std::nullopt};
        if (const auto* actor = item.event.if_contains("actor"); actor && actor->is_string()) {
            const domain::UserId user_id{std::string{actor->as_string()}};
            auto found = known.find(user_id);
            if (found == known.end()) found = known.emplace(user_id, names(user_id)).first;
            item.actor = found->second;
        }
        out.push_back(std::move(item));
    }
    return out;
}

TenderAudit read_tender_audit(persistence::Connection& db, const domain::Principal& reader,
                              const ReadTenderAudit& query) {
    TenderAudit audit;
    db.transact([&](persistence::Tx& tx) {
        audit = {};
        const auto tender = readable_tender(tx, query.tender_id, reader);
        require_manages_tender(reader, tender);
        const auto sealed_since = domain::bid_activity_sealed_since(tender.status, tender.details.timetable);
        audit.items = audited_events(persistence::tender_links(tx, tender.id, sealed_since, query.limit, query.offset),
                                     [&](const domain::UserId& user_id) { return actor_names(tx, tender, user_id); });
        audit.total = persistence::count_tender_links(tx, tender.id, sealed_since);
    });
    return audit;
}

}  // namespace collabtender::app
