#pragma once

#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "domain/ids.hpp"
#include "domain/word_diff.hpp"
#include "persistence/database.hpp"

namespace collabtender::app {

struct CompareSectionVersions {
    domain::BidId bid_id;
    std::string section;
    std::string from, to;  // version numbers, as the query names them
};

struct SectionDiff {
    std::string section;
    int from = 0, to = 0;
    std::vector<domain::DiffRun> runs;
};

// Two versions of a section compared word by word (a declaration as its JSON
// text). For the bid's members (not_found for anyone else, a section not in the
// bid or a version it does not have).
SectionDiff compare_section_versions(persistence::Connection& db, const domain::Principal& member,
                                     const CompareSectionVersions& command);

}  // namespace collabtender::app
