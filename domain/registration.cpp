#include "domain/registration.hpp"

#include "domain/refusal.hpp"
#include "domain/text.hpp"

namespace collabtender::domain {

std::string_view to_string(RegistrationStatus status) {
    switch (status) {
        case RegistrationStatus::unconfirmed: return "unconfirmed";
        case RegistrationStatus::waiting: return "waiting";
        case RegistrationStatus::approved: return "approved";
        case RegistrationStatus::refused: return "refused";
    }
    return "unknown";
}

std::optional<RegistrationStatus> parse_registration_status(std::string_view text) {
    for (auto status : {RegistrationStatus::unconfirmed, RegistrationStatus::waiting, RegistrationStatus::approved,
                        RegistrationStatus::refused})
        if (to_string(status) == text) return status;
    return std::nullopt;
}

Violations validate(const NewRegistration& registration) {
    auto organisation = registration.organisation;
    organisation.kind = std::string{to_string(OrganisationKind::provider)};
    if (!organisation.legal_form) organisation.legal_form = "";  // reported at /legal_form
    auto out = validate(organisation);
    const auto name = trim(registration.contact_name);
    if (name.empty() || code_points(name) > 200)
        out.push_back({"/contact_name", "invalid_length", "must be 1 to 200 characters"});
    const auto email = trim(registration.contact_email);
    if (email.size() < 3 || email.size() > 254 || !plausible_email(email))
        out.push_back({"/contact_email", "invalid_email", "must be an email address"});
    return out;
}

void require_waiting(RegistrationStatus status) {
    if (status == RegistrationStatus::waiting) return;
    throw Refusal{RefusalCode::registration_decided,
                  status == RegistrationStatus::unconfirmed
                      ? "This registration's contact has not confirmed their email address yet."
                      : "This registration has been decided already."};
}

}  // namespace collabtender::domain
