#pragma once
// CSV as spreadsheets write it (RFC 4180): fields quoted when they hold a comma, quote or line break.
#include <string>
#include <vector>

namespace mandalart {

std::string csv_field(const std::string& text);
std::string csv_row(const std::vector<std::string>& fields);  // ends with "\r\n"

}  // namespace mandalart
