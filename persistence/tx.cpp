#include "persistence/tx.hpp"

#include <spdlog/spdlog.h>

namespace collabtender::persistence {

void Tx::count(std::string_view statement) {
    ++statements_;
    spdlog::trace("statement {}: {}", statements_, statement);
}

}  // namespace collabtender::persistence
