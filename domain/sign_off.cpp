#include "domain/sign_off.hpp"

#include "domain/refusal.hpp"

namespace collabtender::domain {

void require_authorised_signatory(bool authorised_signatory) {
    if (!authorised_signatory)
        throw Refusal{RefusalCode::not_authorised_signatory,
                      "Only an authorised signatory of your organisation can sign off a bid."};
}

void require_unchanged_draft(const std::string& signed_digest, const std::string& current_digest) {
    if (signed_digest != current_digest)
        throw Refusal{RefusalCode::draft_changed,
                      "The draft is no longer the one you read. Read it again before signing off."};
}

void require_lead_to_ask(bool lead) {
    if (!lead) throw Refusal{RefusalCode::not_lead, "Only the lead partner asks members to sign off."};
}

}  // namespace collabtender::domain
