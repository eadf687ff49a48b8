#include "domain/installation_settings.hpp"

namespace collabtender::domain {

Violations check_real_living_wage(std::int64_t pence) {
    if (pence < 100 || pence > 100'00)
        return {{"/real_living_wage_pence", "out_of_range", "must be 100 to 10000 pence (£1 to £100 an hour)"}};
    return {};
}

Violations check_invitation_lifetime(int days) {
    if (days < 1 || days > 30) return {{"/invitation_lifetime_days", "out_of_range", "must be 1 to 30 days"}};
    return {};
}

}  // namespace collabtender::domain
