#pragma once

// The emails a test server wrote to its mail folder (ServerProcess::mail_dir).
#include <cstddef>
#include <string>
#include <vector>

#include "tests/support/server_process.hpp"

namespace collabtender::test {

// The emails written so far for `address`, waiting up to 10 s for `count` of them.
std::vector<std::string> emails_to(const ServerProcess& server, const std::string& address, std::size_t count = 1);

// The secret of an email's single-use link to `page` of the web client: what
// follows "<page>#" in its plain text. Empty when there is none.
std::string link_secret(const std::string& email, const std::string& page);

}  // namespace collabtender::test
