#include "storage/csv.hpp"

namespace mandalart {

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n;") == std::string::npos) return text;
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string csv_row(const std::vector<std::string>& fields) {
    std::string row;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) row += ',';
        row += csv_field(fields[i]);
    }
    return row + "\r\n";
}

}  // namespace mandalart
