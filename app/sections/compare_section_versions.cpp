#include "app/sections/compare_section_versions.hpp"

#include <boost/json.hpp>

#include "app/sections/section_access.hpp"
#include "domain/refusal.hpp"
#include "persistence/stored_json.hpp"

namespace collabtender::app {

namespace {

const persistence::SectionVersion& version_named(const std::vector<persistence::SectionVersion>& versions,
                                                 const std::string& wanted) {
    for (const auto& v : versions)
        if (std::to_string(v.version) == wanted) return v;
    throw domain::Refusal{domain::RefusalCode::not_found, "The section has no version " + wanted + "."};
}

// A version as words: a response's text, a declaration's JSON, nothing once emptied.
std::string text_of(const persistence::SectionVersion& v) {
    if (!v.content_json) return "";
    const auto content = persistence::parse_stored_json(*v.content_json);
    return content.is_string() ? std::string{content.as_string()} : *v.content_json;
}

}  // namespace

SectionDiff compare_section_versions(persistence::Connection& db, const domain::Principal& member,
                                     const CompareSectionVersions& command) {
    SectionDiff diff;
    db.transact([&](persistence::Tx& tx) {
        const auto s = member_section(tx, command.bid_id, command.section, member);
        const auto versions = persistence::section_versions(tx, s.bid.bid.id, s.record.section);
        const auto& from = version_named(versions, command.from);
        const auto& to = version_named(versions, command.to);
        diff = {s.record.section, from.version, to.version, domain::word_diff(text_of(from), text_of(to))};
    });
    return diff;
}

}  // namespace collabtender::app
