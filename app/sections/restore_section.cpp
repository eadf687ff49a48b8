#include "app/sections/restore_section.hpp"

#include <algorithm>

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/refusal.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {

RestoredDraft restore_section(persistence::Connection& db, const domain::Principal& writer,
                              const RestoreSection& command, domain::TimePoint now) {
    RestoredDraft restored;
    db.transact([&](persistence::Tx& tx) {
        auto s = member_section(tx, command.bid_id, command.section, writer, persistence::BidLock::bid);
        domain::require_written_section(s.key);
        domain::require_current(s.bid.bid.draft_version, command.expected_draft_version);
        require_section_editable(s, writer, now);
        const auto versions = persistence::section_versions(tx, s.bid.bid.id, s.record.section);
        const auto wanted = std::find_if(versions.begin(), versions.end(),
                                         [&](const auto& v) { return std::to_string(v.version) == command.version; });
        if (wanted == versions.end())
            throw domain::Refusal{domain::RefusalCode::not_found, "The section has no such version."};
        const auto content =
            wanted->content_json ? persistence::parse_stored_json(*wanted->content_json) : boost::json::value(nullptr);
        save_section_content(tx, s, content, writer, now, wanted->version);
        append_audit(tx, writer, now,
                     {s.bid.tender.id, "section.restore", "bid", s.bid.bid.id, nullptr,
                      boost::json::object{{"section", s.record.section}, {"restored_from", wanted->version}}});
        auto submissions = persistence::list_submissions(tx, s.bid.bid.id);
        restored = {std::move(s.bid), std::move(submissions)};
    });
    return restored;
}

}  // namespace collabtender::app
