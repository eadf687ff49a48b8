#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/accounts.hpp"
#include "persistence/tenders_repository.hpp"

namespace collabtender::app {

struct ReadTenders {
    std::optional<domain::TenderStatus> status;
    bool only_own = false;  // only the reader's own body's tenders (?organisation=mine)
    int limit = 20;
    int offset = 0;
};

// A page of tenders, each with its lots, and for a provider the lots its
// organisation registered interest in.
struct TenderList {
    persistence::TenderPage page;
    std::map<domain::TenderId, std::vector<persistence::LotRecord>> lots;
    std::optional<std::set<std::string>> interests;                   // lot ids; providers only
};

// Newest first. Commissioners also see their own body's drafts; everyone else,
// signed in or not, sees published tenders only. Listing only one's own body's
// tenders is refused to anyone but a commissioner (forbidden). One query each
// for the page, its lots and the interests.
TenderList read_tenders(persistence::Connection& db, const std::optional<domain::Principal>& reader,
                        const ReadTenders& query);

}  // namespace collabtender::app
