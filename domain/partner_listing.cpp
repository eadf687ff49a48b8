#include "domain/partner_listing.hpp"

#include <set>

#include "domain/accounts.hpp"
#include "domain/consortium.hpp"
#include "domain/refusal.hpp"
#include "domain/tender_lifecycle.hpp"
#include "domain/text.hpp"

namespace collabtender::domain {

Violations validate(const PartnerListing& l) {
    Violations out;
    check_text(out, l.offers, "/offers", 1, 5000);
    check_text_list(out, l.localities, "/localities", 20, 200);
    if (l.roles.empty()) out.push_back({"/roles", "required", "name at least one role you would take"});
    std::set<std::string> seen;
    for (std::size_t i = 0; i < l.roles.size(); ++i) {
        const auto at = "/roles/" + std::to_string(i);
        if (!parse_member_role(l.roles[i])) out.push_back({at, "invalid_value", "must be lead, partner or subcontractor"});
        else if (!seen.insert(l.roles[i]).second) out.push_back({at, "duplicate", "is listed twice"});
    }
    check_text(out, l.contact_name, "/contact_name", 1, 200);
    if (!plausible_email(l.contact_email)) out.push_back({"/contact_email", "invalid_email", "must be an email address"});
    return out;
}

void require_may_read_register(const Principal& principal, const OrganisationId& tender_organisation_id) {
    if (principal.role != Role::provider && !manages_tender(principal, tender_organisation_id))
        throw Refusal{RefusalCode::forbidden, "Your account is not allowed to do this."};
}

void require_register_open(TenderStatus status) {
    if (!participation_open(status))
        throw Refusal{RefusalCode::register_closed,
                      "The partner register is open only while the tender is published and open."};
}

}  // namespace collabtender::domain
