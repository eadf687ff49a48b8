#include "domain/time_format.hpp"

#include <charconv>
#include <cstdio>
#include <ctime>

namespace collabtender::domain {
namespace {

bool digits(std::string_view text, std::size_t at, std::size_t count, int& out) {
    if (at + count > text.size()) return false;
    const auto* begin = text.data() + at;
    for (std::size_t i = 0; i < count; ++i)
        if (begin[i] < '0' || begin[i] > '9') return false;
    std::from_chars(begin, begin + count, out);
    return true;
}

}  // namespace

// Whole seconds print as such; any fraction prints to the microsecond, so that a
// time read back is the time that is kept (a deadline shown is the one enforced).
std::string format_rfc3339(TimePoint t) {
    const auto whole = std::chrono::floor<std::chrono::seconds>(t);
    const std::time_t seconds = std::chrono::system_clock::to_time_t(whole);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[40];
    auto length = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%S", &utc);
    if (const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(t - whole).count(); micros != 0)
        length += static_cast<std::size_t>(std::snprintf(text + length, sizeof text - length, ".%06lld",
                                                         static_cast<long long>(micros)));
    text[length] = 'Z';
    return std::string{text, length + 1};
}

std::optional<TimePoint> parse_rfc3339(std::string_view text) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, year) || text.size() < 20 || text[4] != '-' || !digits(text, 5, 2, month) ||
        text[7] != '-' || !digits(text, 8, 2, day) || (text[10] != 'T' && text[10] != 't') ||
        !digits(text, 11, 2, hour) || text[13] != ':' || !digits(text, 14, 2, minute) || text[16] != ':' ||
        !digits(text, 17, 2, second))
        return std::nullopt;
    std::size_t at = 19;
    std::chrono::microseconds fraction{0};
    if (text[at] == '.') {
        std::size_t end = ++at;
        long long micros = 0;
        int scale = 0;
        while (end < text.size() && text[end] >= '0' && text[end] <= '9') {
            if (scale < 6) {
                micros = micros * 10 + (text[end] - '0');
                ++scale;
            }
            ++end;
        }
        if (end == at) return std::nullopt;
        while (scale++ < 6) micros *= 10;
        fraction = std::chrono::microseconds{micros};
        at = end;
    }
    int offset_minutes = 0;
    if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
        ++at;
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        int oh = 0, om = 0;
        if (!digits(text, at + 1, 2, oh) || text.size() <= at + 3 || text[at + 3] != ':' ||
            !digits(text, at + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offset_minutes = (text[at] == '+' ? 1 : -1) * (oh * 60 + om);
        at += 6;
    } else {
        return std::nullopt;
    }
    if (at != text.size()) return std::nullopt;

    const std::chrono::year_month_day date{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                           std::chrono::day{static_cast<unsigned>(day)}};
    // The clock counts nanoseconds from 1970, so it reaches only the years 1678 to
    // 2261; a tender's dates lie well inside 1900 to 2200.
    if (!date.ok() || year < 1900 || year > 2200 || hour > 23 || minute > 59 || second > 60) return std::nullopt;
    const auto seconds = std::chrono::sys_days{date}.time_since_epoch() + std::chrono::hours{hour} +
                         std::chrono::minutes{minute - offset_minutes} + std::chrono::seconds{second};
    return TimePoint{std::chrono::duration_cast<TimePoint::duration>(seconds + fraction)};
}

namespace {

// 01:00 UTC on the last Sunday of the month: when UK clocks change.
std::chrono::sys_seconds clock_change(std::chrono::year year, std::chrono::month month) {
    using namespace std::chrono;
    const sys_days last_sunday{year / month / Sunday[last]};
    return sys_seconds{last_sunday} + hours{1};
}

// UK local time: GMT, or BST between the last Sundays of March and October.
struct UkTime {
    std::chrono::year_month_day date;
    std::chrono::hh_mm_ss<std::chrono::seconds> time;
    bool summer;
};

UkTime uk_time(TimePoint at) {
    using namespace std::chrono;
    const auto utc = floor<seconds>(at);
    const year y = year_month_day{floor<days>(utc)}.year();
    const bool summer = utc >= clock_change(y, March) && utc < clock_change(y, October);
    const auto local = utc + hours{summer ? 1 : 0};
    return {year_month_day{floor<days>(local)}, hh_mm_ss{local - floor<days>(local)}, summer};
}

}  // namespace

std::string readable_date(TimePoint at) {
    static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                             "July",    "August",   "September", "October", "November", "December"};
    const auto d = uk_time(at).date;
    return std::to_string(static_cast<unsigned>(d.day())) + " " + months[static_cast<unsigned>(d.month()) - 1] + " " +
           std::to_string(static_cast<int>(d.year()));
}

std::string readable_time(TimePoint at) {
    const auto t = uk_time(at);
    char clock[8];
    std::snprintf(clock, sizeof clock, "%02d:%02d", static_cast<int>(t.time.hours().count()),
                  static_cast<int>(t.time.minutes().count()));
    return readable_date(at) + ", " + clock + " (" + (t.summer ? "BST" : "GMT") + ")";
}

}  // namespace collabtender::domain
