#pragma once

// A provider registers itself, as on Public Contracts Scotland: its details and a
// contact person, whose address is confirmed by a link; then it waits for an admin
// to approve it (it becomes an organisation, and the contact its first person) or
// to refuse it with a reason.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "domain/accounts.hpp"

namespace collabtender::domain {

enum class RegistrationStatus { unconfirmed, waiting, approved, refused };
std::string_view to_string(RegistrationStatus status);
std::optional<RegistrationStatus> parse_registration_status(std::string_view text);

struct NewRegistration {
    NewOrganisation organisation;  // a provider, its legal form given
    std::string contact_name;
    std::string contact_email;
};

// The organisation as validate(NewOrganisation) checks it, with its legal form
// (at /legal_form) and the numbers that form has; the contact's name (at
// /contact_name) and address (at /contact_email).
Violations validate(const NewRegistration& registration);

// An admin decides a registration once, after its contact confirmed their address:
// refused (registration_decided) otherwise.
void require_waiting(RegistrationStatus status);

// The confirmation link works for three days; an address is sent at most three
// such links an hour (asking more often is answered the same and sends nothing).
inline constexpr std::chrono::hours registration_confirmation_lifetime{24 * 3};
inline constexpr int registration_links_per_hour = 3;

}  // namespace collabtender::domain
