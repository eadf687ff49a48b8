#pragma once

#include <compare>
#include <string>
#include <string_view>
#include <utility>

namespace collabtender::domain {

// An id of one kind of thing. Two ids of different kinds are different types, so
// passing a lot's id where a tender's is expected does not compile. Reading an id
// as text is implicit (JSON, logs, maps keyed by text); text becomes an id only
// when written out: TenderId{text}, once, where it enters (a path, a body, a row).
template <class Tag>
class Id {
public:
    Id() = default;
    explicit Id(std::string text) : text_{std::move(text)} {}
    // Not from an id of another kind, even written out (it would pass as text).
    template <class Other>
    Id(const Id<Other>&) = delete;

    const std::string& str() const { return text_; }
    operator const std::string&() const { return text_; }
    // Also as a view: Boost.JSON 1.81 builds {"id", bid.id} from a view, never
    // through value_from.
    operator std::string_view() const { return text_; }
    bool empty() const { return text_.empty(); }

    friend bool operator==(const Id&, const Id&) = default;
    friend std::strong_ordering operator<=>(const Id&, const Id&) = default;

private:
    std::string text_;
};

using TenderId = Id<struct TenderTag>;
using LotId = Id<struct LotTag>;
using BidId = Id<struct BidTag>;
using SubmissionId = Id<struct SubmissionTag>;
using ConsortiumId = Id<struct ConsortiumTag>;
using OrganisationId = Id<struct OrganisationTag>;
using UserId = Id<struct UserTag>;
using PanelId = Id<struct PanelTag>;
using ClarificationId = Id<struct ClarificationTag>;
using DocumentId = Id<struct DocumentTag>;
using InformationSessionId = Id<struct InformationSessionTag>;
using BookingId = Id<struct BookingTag>;
using CommentId = Id<struct CommentTag>;
using AnswerId = Id<struct AnswerTag>;
using AwardId = Id<struct AwardTag>;
using RegistrationId = Id<struct RegistrationTag>;
// A document's pieces as they arrive, before the document is recorded.
using UploadId = Id<struct UploadTag>;

}  // namespace collabtender::domain
