#include "app/sections/save_section.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/refusal.hpp"

namespace collabtender::app {

namespace {

domain::ContentShape shape_of(const std::optional<boost::json::value>& content) {
    using enum domain::ContentShape;
    if (!content) return absent;
    if (content->is_null()) return null;
    if (content->is_string()) return text;
    return content->is_object() ? object : other;
}

}  // namespace

SavedSection save_section(persistence::Connection& db, const domain::Principal& writer, const SaveSection& command,
                          domain::TimePoint now) {
    std::optional<SavedSection> saved;
    db.transact([&](persistence::Tx& tx) {
        auto s = member_section(tx, command.bid_id, command.section, writer, persistence::BidLock::bid);
        domain::require_written_section(s.key);
        domain::refuse_if(domain::check_section_content(s.key, shape_of(command.content)));
        domain::require_current(s.record.versions, command.expected_version);
        require_section_editable(s, writer, now);
        save_section_content(tx, s, *command.content, writer, now);
        append_audit(tx, writer, now,
                     {s.bid.tender.id, "section.save", "bid", s.bid.bid.id, nullptr,
                      boost::json::object{{"section", s.record.section}, {"version", command.expected_version + 1}}});
        saved = saved_section(tx, std::move(s));
    });
    return std::move(*saved);
}

}  // namespace collabtender::app
