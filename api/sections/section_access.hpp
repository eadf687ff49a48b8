#pragma once

// Transitional: a bid's sections moved to app/sections/ and their rules to
// domain/bid_section.hpp. This header keeps the handlers not yet moved (the
// sections' reads that show stage-1 advice, and the bids' draft and document
// changes) compiling until they move too.
#include "api/bids/bid_context.hpp"
#include "api/sections/section_json.hpp"
#include "app/sections/section_access.hpp"
#include "app/sections/section_saves.hpp"

namespace collabtender::api {

using app::member_section;
using app::SectionContext;

inline bool may_edit(const persistence::SectionRecord& section, const domain::Principal& principal, bool lead) {
    return domain::may_edit(app::assignment_of(section), principal, lead);
}
inline void require_section_editable(const SectionContext& section, const Context& context) {
    app::require_section_editable(section, *context.principal, context.now);
}
inline void record_section_saves(persistence::Tx& tx, const BidContext& bid, const boost::json::object& draft,
                                 const std::vector<domain::SectionKey>& changed, const Context& context) {
    app::record_section_saves(tx, bid, draft, changed, *context.principal, context.now);
}
inline void record_document_section_save(persistence::Tx& tx, const BidContext& bid, int requirement,
                                         const Context& context) {
    app::record_document_section_save(tx, bid, requirement, *context.principal, context.now);
}

}  // namespace collabtender::api
