#pragma once

// The documents a tender requires with every bid: each becomes a section of
// every bid ("document-N"), met by one or more uploads naming it.
#include <cstddef>
#include <string>

#include "domain/violation.hpp"

namespace collabtender::domain {

struct RequiredDocument {
    std::string title;
    std::string guidance;
};

inline constexpr std::size_t most_required_documents = 50;

// A title of 1 to 200 characters and guidance of at most 5000; `pointer` locates
// the document, e.g. "/documents/2".
Violations validate(const RequiredDocument& document, const std::string& pointer);

// A tender requires at most 50 documents: `listed`, how many the set has.
Violations check_required_document_count(std::size_t listed);

}  // namespace collabtender::domain
