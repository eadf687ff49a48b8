#pragma once

#include "api/authorization.hpp"
#include "api/json_body.hpp"
#include "api/problem.hpp"
#include "domain/tender_lifecycle.hpp"

namespace collabtender::api {

// Membership changes while the tender is open for participation and the consortium
// has not yet submitted; after its first submission a change needs the
// commissioner's recorded agreement (409 until then).
inline void require_membership_changeable(const VisibleConsortium& visible) {
    if (!domain::participation_open(visible.tender.status))
        throw Problem{409, "participation-closed", "Tender closed", "This tender no longer takes changes to consortia."};
    if (visible.consortium.locked_at)
        throw Problem{409, "membership-locked", "Membership locked",
                      "The consortium has submitted a bid: its membership changes only with the commissioner's "
                      "recorded agreement."};
}

// After any change to a consortium: its version moves on, and sign-offs of its
// bids that no longer match (membership and shares are signed too) are void.
void consortium_changed(persistence::Tx& tx, const std::string& consortium_id, const Context& context);

// The consortium as it now stands, as the response to a change.
Response consortium_response(persistence::Tx& tx, const std::string& consortium_id, const Context& context,
                             int status = 200);

}  // namespace collabtender::api
