#pragma once

#include <cstdint>
#include <string>

namespace collabtender::test {

// Accounts made by the same code as `collabtender admin create-organisation` and
// `create-user` (whose own tests run the commands), in this process: spawning the
// sanitizer build for each account would cost most of a fixture's time.
// `postal_address`: lines separated by newlines; none when empty.
std::string create_organisation(const std::string& database_url, const std::string& name, const std::string& kind,
                                const std::string& postal_address = {});
std::string create_user(const std::string& database_url, const std::string& organisation_id, const std::string& email,
                        const std::string& role, const std::string& password);

// Signs in over HTTP and returns the bearer token; fails the test otherwise.
std::string login(std::uint16_t port, const std::string& email, const std::string& password);

}  // namespace collabtender::test
