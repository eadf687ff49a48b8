#include "persistence/conflict_links_repository.hpp"

#include "persistence/columns.hpp"
#include "persistence/tx.hpp"
#include "persistence/sql/conflict_links.hpp"

namespace collabtender::persistence {
namespace {

std::vector<OrganisationLink> links_from(const pqxx::result& rows) {
    std::vector<OrganisationLink> out;
    for (const auto& r : rows)
        out.push_back({optional_id<domain::OrganisationId>(optional_text(r[0])), r[1].as<std::string>(),
                       r[2].as<std::string>(), optional_text(r[3]), optional_text(r[4])});
    return out;
}

}  // namespace

std::vector<OrganisationLink> organisation_links(Tx& tx, const domain::UserId& user_id) {
    return links_from(tx.exec_prepared(sql::panellist_links, user_id));
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

std::vector<OrganisationLink> linked_partners(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id) {
    return links_from(tx.exec_prepared(sql::panellist_linked_partners, bid_id, user_id));
}

std::optional<FlagClearance> flag_clearance(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id) {
    const auto rows = tx.exec_prepared(sql::conflict_flag_clearance, bid_id, user_id);
    if (rows.empty()) return std::nullopt;
    return FlagClearance{rows[0][0].as<std::string>(), rows[0][1].as<domain::UserId>(), time_from(rows[0][2])};
}

void clear_flag(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id, const std::string& reason,
                const domain::UserId& cleared_by, domain::TimePoint now) {
    tx.exec_prepared0(sql::conflict_flag_clear, bid_id, user_id, reason, cleared_by, micros(now));
}

void withdraw_clearance(Tx& tx, const domain::BidId& bid_id, const domain::UserId& user_id) {
    tx.exec_prepared0(sql::conflict_flag_withdraw, bid_id, user_id);
}

int uncleared_flags(Tx& tx, const domain::BidId& bid_id, const domain::PanelId& panel_id) {
    return tx.exec_prepared1(sql::conflict_flags_uncleared, bid_id, panel_id)[0].as<int>();
}

}  // namespace collabtender::persistence
