#include "domain/required_document.hpp"

#include "domain/text.hpp"

namespace collabtender::domain {

Violations validate(const RequiredDocument& document, const std::string& pointer) {
    Violations out;
    check_text(out, document.title, pointer + "/title", 1, 200);
    check_text(out, document.guidance, pointer + "/guidance", 0, 5000);
    return out;
}

Violations check_required_document_count(std::size_t listed) {
    if (listed <= most_required_documents) return {};
    return {{"/documents", "too_many", "at most 50 documents may be required"}};
}

}  // namespace collabtender::domain
