#pragma once

// What an installation's admins set while it runs: held in the database, each
// change audited. A setting never written reads as its default here.
namespace collabtender::domain {

struct InstallationSettings {
    // Admins and commissioners sign in with a second factor (domain/two_factor).
    bool two_factor_required = true;
};

}  // namespace collabtender::domain
