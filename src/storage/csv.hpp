#pragma once
// CSV as spreadsheets write it (RFC 4180): fields quoted when they hold a comma, quote or line
// break. Reading accepts what LibreOffice, Excel and Google Sheets write: UTF-8 with or without a
// byte order mark, comma or semicolon separators, CRLF or LF, quoted fields spanning lines.
#include <string>
#include <string_view>
#include <vector>

namespace mandalart {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string csv_field(const std::string& text);
std::string csv_row(const std::vector<std::string>& fields);  // ends with "\r\n"

using CsvTable = std::vector<std::vector<std::string>>;

struct ParsedCsv {
    CsvTable rows;
    char separator = ',';
    std::string error;  // "line N: …" when the text is not CSV (an unclosed quote, a stray quote)
};

// Parses CSV text. The separator is whichever of ',' and ';' occurs more often outside quotes
// in the first record (',' on a tie). Line breaks inside quoted fields become "\n".
ParsedCsv parse_csv(std::string_view text);

}  // namespace mandalart
