#pragma once

#include <string>
#include <vector>

namespace collabtender::service {

// `collabtender admin ...`: create organisations and users from the command line.
// Returns the process exit code.
int run_admin_command(const std::vector<std::string>& args);

}  // namespace collabtender::service
