#pragma once

// A bid's draft as its rules read it: what keeps it from being submitted, and the
// canonical content (and digest) its partners sign off and submit.
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "app/bids/bid_context.hpp"
#include "domain/violation.hpp"

namespace collabtender::app {

// The stored draft, and its responses by criterion position (absent: none).
boost::json::object draft_of(const BidContext& context);
std::vector<std::optional<std::string>> responses_of(const boost::json::object& draft, std::size_t count);

// What keeps the draft from being submitted: responses, declarations and the
// consortium's completeness, every problem at once.
domain::Violations submission_problems(const BidContext& context);
// The canonical content of a submission, whose serialisation the SHA-256 covers:
// members and shares, responses, declarations and every document's digest.
boost::json::object canonical_content(const BidContext& context, int stage, int version,
                                      const std::vector<persistence::DocumentRecord>& documents);

// The digest members sign off: the canonical content the draft would be submitted
// as to `stage` (so a stage-2 revision needs fresh sign-offs), without a version,
// with the documents read with the bid.
std::string draft_digest(const BidContext& context, int stage);
// The same with these documents (read again after a change to them).
std::string draft_digest(const BidContext& context, int stage, const std::vector<persistence::DocumentRecord>& documents);
// Each accepted member organisation without a sign-off of that digest among those
// read with the bid, at "/sign_offs/{organisation_id}".
domain::Violations missing_sign_offs(const BidContext& context, const std::string& digest);
// Everything between the bid and its submission to `stage`: what it lacks and
// whose sign-off of the draft as it stands is missing.
domain::Violations blocking_submission(const BidContext& context, int stage);

}  // namespace collabtender::app
