#include "domain/email_delivery.hpp"

#include <doctest/doctest.h>

#include "tests/support/refusals.hpp"

using namespace collabtender::domain;
using namespace std::chrono_literals;
using collabtender::test::refusal;

TEST_CASE("a failed email is tried again after a pause that doubles, at most an hour, until its attempts are spent") {
    const EmailRetry retry{30s, 8};
    CHECK(next_email_attempt(retry, 1, false) == 30s);
    CHECK(next_email_attempt(retry, 2, false) == 60s);
    CHECK(next_email_attempt(retry, 4, false) == 240s);
    CHECK(next_email_attempt(retry, 7, false) == 1920s);
    CHECK_FALSE(next_email_attempt(retry, 8, false));  // the eighth attempt was the last
    CHECK(next_email_attempt({20min, 8}, 3, false) == 1h);  // never more than an hour apart
    CHECK(next_email_attempt({30s, 100}, 60, false) == 1h);  // no overflow however many attempts
}

TEST_CASE("a permanent refusal is not tried again") { CHECK_FALSE(next_email_attempt({30s, 8}, 1, true)); }

TEST_CASE("only an email that failed for good is queued again by hand") {
    CHECK_NOTHROW(require_email_failed("failed"));
    CHECK(refusal([] { require_email_failed("pending"); }) == RefusalCode::not_failed);
    CHECK(refusal([] { require_email_failed("sent"); }) == RefusalCode::not_failed);
    CHECK(refusal([] { require_email_failed(std::nullopt); }) == RefusalCode::not_failed);
}
