#include "tests/support/ocds.hpp"

#include <cstdio>
#include <fstream>

#include <unistd.h>

namespace collabtender::test {

CommandResult validate_ocds(const std::string& package) {
    const std::string source = COLLABTENDER_SOURCE_DIR;
    const auto file = "/tmp/collabtender-ocds-" + std::to_string(::getpid()) + ".json";
    std::ofstream{file} << package;
    auto result = run_shell("/usr/bin/python3 " + source + "/tests/ocds/validate_ocds.py " + source +
                            "/../shared/ocds " + file);
    std::remove(file.c_str());
    return result;
}

}  // namespace collabtender::test
