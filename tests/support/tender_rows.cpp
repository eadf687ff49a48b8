#include "tests/support/tender_rows.hpp"

namespace collabtender::test {

std::string quoted(const std::string& value) { return "'" + value + "'"; }

TenderRows::TenderRows(const TestDatabase& db)
    : db_{db},
      organisation_{db.scalar("INSERT INTO organisation (name, kind) VALUES ('Edinburgh HSCP', 'commissioning_body') "
                              "RETURNING id")},
      user_{db.scalar("INSERT INTO app_user (organisation_id, email, display_name, role, password_hash) VALUES (" +
                      quoted(organisation_) + ", 'fiona@example.scot', 'Fiona', 'commissioner', 'x') RETURNING id")} {}

std::string TenderRows::tender(const std::string& reference) const {
    return db_.scalar(
        "INSERT INTO tender (organisation_id, reference, title, description, cpv_codes, procedure, "
        "contract_term_months, extension_months, estimated_value_pence, outcomes, partnership_bids_expected, "
        "partnership_statement, price_weight, scoring_scale, standstill_days, created_by) VALUES (" +
        quoted(organisation_) + ", " + quoted(reference) + ", 'Support', 'd', '[]', 'light_touch_two_stage', 36, 0, 0, "
        "'[]', true, 's', 0, '[]', 10, " + quoted(user_) + ") RETURNING id");
}

std::string TenderRows::lot(const std::string& tender, int number) const {
    return db_.scalar("INSERT INTO lot (tender_id, number, title, description, locality_or_theme, outcomes, "
                      "annual_value_pence, term_months) VALUES (" + quoted(tender) + ", " + std::to_string(number) +
                      ", 'Lot', 'd', 'North', '[]', 100, 36) RETURNING id");
}

std::string TenderRows::bid(const std::string& tender, const std::string& lot) const {
    const auto consortium = db_.scalar("INSERT INTO consortium (tender_id, name, lead_organisation_id, created_by, "
                                       "created_at) VALUES (" + quoted(tender) + ", 'Pilton', " + quoted(organisation_) +
                                       ", " + quoted(user_) + ", now()) RETURNING id");
    return db_.scalar("INSERT INTO bid (consortium_id, tender_id, lot_id, created_by, created_at, updated_at) VALUES (" +
                      quoted(consortium) + ", " + quoted(tender) + ", " + quoted(lot) + ", " + quoted(user_) +
                      ", now(), now()) RETURNING id");
}

std::string TenderRows::panel(const std::string& tender, const std::optional<std::string>& lot) const {
    return db_.scalar("INSERT INTO panel (tender_id, lot_id, name, created_at) VALUES (" + quoted(tender) + ", " +
                      (lot ? quoted(*lot) : "NULL") + ", 'Panel', now()) RETURNING id");
}

}  // namespace collabtender::test
