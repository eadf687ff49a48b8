#include "service/sign_in_queue.hpp"

#include <doctest/doctest.h>

#include <vector>

using collabtender::service::SignInQueue;
using namespace std::chrono_literals;

TEST_CASE("sign-ins beyond those running wait in order, and go ahead as others finish") {
    SignInQueue queue{2, 10, 10s};
    std::vector<int> order;
    for (int i = 0; i < 5; ++i) queue.enter([&, i](bool admitted) { order.push_back(admitted ? i : -1); });
    CHECK(order == std::vector<int>{0, 1});
    queue.leave();
    CHECK(order == std::vector<int>{0, 1, 2});
    queue.leave();
    queue.leave();
    CHECK(order == std::vector<int>{0, 1, 2, 3, 4});
    queue.leave();
    queue.leave();
    // Both slots are free again.
    queue.enter([&](bool admitted) { order.push_back(admitted ? 5 : -1); });
    queue.enter([&](bool admitted) { order.push_back(admitted ? 6 : -1); });
    CHECK(order.back() == 6);
}

TEST_CASE("a full queue refuses at once, and one that waited too long is refused when its turn comes") {
    std::chrono::steady_clock::time_point now{};
    SignInQueue queue{1, 1, 20ms, [&] { return now; }};
    std::vector<int> answers;
    queue.enter([&](bool admitted) { answers.push_back(admitted ? 1 : 0); });
    queue.enter([&](bool admitted) { answers.push_back(admitted ? 2 : 0); });  // waits
    queue.enter([&](bool admitted) { answers.push_back(admitted ? 3 : 0); });  // refused: the queue is full
    CHECK(answers == std::vector<int>{1, 0});
    now += 30ms;
    queue.leave();
    CHECK(answers == std::vector<int>{1, 0, 0});
    queue.enter([&](bool admitted) { answers.push_back(admitted ? 4 : 0); });  // the slot was freed
    CHECK(answers.back() == 4);
}
