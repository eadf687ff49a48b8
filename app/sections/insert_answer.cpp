#include "app/sections/insert_answer.hpp"

#include <boost/json.hpp>

#include "app/audit.hpp"
#include "domain/refusal.hpp"
#include "persistence/library_repository.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {

SavedSection insert_answer(persistence::Connection& db, const domain::Principal& writer, const InsertAnswer& command,
                           domain::TimePoint now) {
    std::optional<SavedSection> saved;
    db.transact([&](persistence::Tx& tx) {
        auto s = member_section(tx, command.bid_id, command.section, writer, persistence::BidLock::bid);
        domain::require_written_section(s.key);
        domain::refuse_if(domain::check_answer_target(s.key));
        const auto answer = persistence::find_answer(tx, writer.organisation_id, command.answer_id);
        if (!answer)
            throw domain::invalid_input({{"/answer_id", "unknown_answer", "is not an answer of your organisation"}});
        domain::require_current(s.record.versions, command.expected_version);
        require_section_editable(s, writer, now);
        const auto existing = section_content(persistence::parse_stored_json(s.bid.bid.draft_json).as_object(), s.key);
        const std::string before = existing.is_string() ? std::string{existing.as_string()} : "";
        save_section_content(tx, s, boost::json::value(before.empty() ? answer->text : before + "\n\n" + answer->text),
                             writer, now, std::nullopt, answer->id);
        append_audit(tx, writer, now,
                     {s.bid.tender.id, "section.insert_answer", "bid", s.bid.bid.id, nullptr,
                      boost::json::object{{"section", s.record.section}, {"answer_id", answer->id}}});
        saved = saved_section(tx, std::move(s));
    });
    return std::move(*saved);
}

}  // namespace collabtender::app
