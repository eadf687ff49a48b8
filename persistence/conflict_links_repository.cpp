#include "persistence/conflict_links_repository.hpp"

#include "persistence/columns.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/conflict_links.hpp"

namespace collabtender::persistence {
namespace {

OrganisationLink organisation_link_from(const pqxx::row& r) {
    return {optional_id<domain::OrganisationId>(optional_text(r["organisation_id"])), r["name"].as<std::string>(),
            r["kind"].as<std::string>(), optional_text(r["note"]), optional_text(r["organisation_kind"])};
}


}  // namespace

std::vector<OrganisationLink> organisation_links(Tx& tx, const domain::UserId& user_id) {
    return std::move(organisation_links(tx, std::vector<domain::UserId>{user_id})[user_id]);
}

std::map<domain::UserId, std::vector<OrganisationLink>> organisation_links(Tx& tx,
                                                                       const std::vector<domain::UserId>& user_ids) {
    std::map<domain::UserId, std::vector<OrganisationLink>> out;
    const auto ids = id_list(user_ids);
    if (ids.empty()) return out;
    for (const auto& r : tx.exec_prepared(sql::panellist_links, ids))
        out[r["user_id"].as<domain::UserId>()].push_back(organisation_link_from(r));
    return out;
}

void replace_organisation_links(Tx& tx, const domain::UserId& user_id, const std::vector<OrganisationLink>& links) {
    tx.exec_prepared0(sql::panellist_links_clear, user_id);
    tx.exec_prepared0(sql::panellist_unregistered_links_clear, user_id);
    for (const auto& l : links) {
        if (l.organisation_id)
            tx.exec_prepared0(sql::panellist_link_add, user_id, *l.organisation_id, l.kind, l.note);
        else
            tx.exec_prepared0(sql::panellist_unregistered_link_add, user_id, l.organisation_name, l.kind, l.note);
    }
}

std::map<BidPanellist, std::vector<OrganisationLink>> linked_partners(Tx& tx, const PreFlagScope& scope) {
    std::map<BidPanellist, std::vector<OrganisationLink>> out;
    for (const auto& r : tx.exec_prepared(sql::panellist_linked_partners, scope.tender_id, scope.bid_id, scope.user_id))
        out[{r["bid_id"].as<domain::BidId>(), r["user_id"].as<domain::UserId>()}].push_back(organisation_link_from(r));
    return out;
}

std::map<BidPanellist, FlagClearance> flag_clearances(Tx& tx, const PreFlagScope& scope) {
    std::map<BidPanellist, FlagClearance> out;
    for (const auto& r : tx.exec_prepared(sql::conflict_flag_clearances, scope.tender_id, scope.bid_id, scope.user_id))
        out.emplace(BidPanellist{r["bid_id"].as<domain::BidId>(), r["user_id"].as<domain::UserId>()},
                    FlagClearance{r["reason"].as<std::string>(), r["cleared_by"].as<domain::UserId>(),
                                  time_from(r["cleared_at"]), optional_text(r["display_name"])});
    return out;
}

std::optional<FlagClearance> flag_clearance(Tx& tx, const domain::TenderId& tender_id, const domain::BidId& bid_id,
                                            const domain::UserId& user_id) {
    auto found = flag_clearances(tx, {tender_id, bid_id, user_id});
    if (found.empty()) return std::nullopt;
    return std::move(found.begin()->second);
}

void clear_flag(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id, const std::string& reason,
                const domain::UserId& cleared_by, domain::TimePoint now) {
    tx.exec_prepared0(sql::conflict_flag_clear, bid_id, user_id, reason, cleared_by, micros(now));
}

void withdraw_clearance(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id) {
    tx.exec_prepared0(sql::conflict_flag_withdraw, bid_id, user_id);
}

}  // namespace collabtender::persistence
