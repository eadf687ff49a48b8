#include "api/csv.hpp"

namespace collabtender::api {
namespace {

bool is_number(const std::string& text) {
    if (text.empty()) return false;
    std::size_t i = text[0] == '-' ? 1 : 0;
    if (i == text.size()) return false;
    for (; i < text.size(); ++i)
        if ((text[i] < '0' || text[i] > '9') && text[i] != '.') return false;
    return true;
}

std::string field(std::string text) {
    // Negative numbers are data, not formulas.
    if (!text.empty() && std::string{"=+-@\t\r"}.find(text[0]) != std::string::npos && !is_number(text))
        text.insert(0, "'");
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (const char c : text) out += c == '"' ? std::string{"\"\""} : std::string(1, c);
    return out + "\"";
}

}  // namespace

std::string csv_line(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + field(fields[i]);
    return out + "\r\n";
}

}  // namespace collabtender::api
