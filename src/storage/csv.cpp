#include "storage/csv.hpp"

namespace mandalart {
namespace {

char detect_separator(std::string_view text) {
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"') quoted = !quoted;
        else if (!quoted && (c == '\n' || c == '\r')) break;
        else if (!quoted && c == ',') ++commas;
        else if (!quoted && c == ';') ++semicolons;
    }
    return semicolons > commas ? ';' : ',';
}

}  // namespace

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

ParsedCsv parse_csv(std::string_view text) {
    ParsedCsv out;
    if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
    out.separator = detect_separator(text);
    std::vector<std::string> row;
    std::string field;
    int line = 1;
    std::size_t i = 0;
    const auto end_field = [&] {
        row.push_back(std::move(field));
        field.clear();
    };
    const auto end_row = [&] {
        end_field();
        out.rows.push_back(std::move(row));
        row.clear();
    };
    while (i < text.size()) {
        if (text[i] == '"' && field.empty()) {  // a quoted field
            const int started = line;
            ++i;
            for (;;) {
                if (i >= text.size()) {
                    out.error = "line " + std::to_string(started) + ": a quoted field is never closed";
                    return out;
                }
                const char c = text[i++];
                if (c == '"') {
                    if (i < text.size() && text[i] == '"') {
                        field += '"';
                        ++i;
                        continue;
                    }
                    break;
                }
                if (c == '\r') {  // CRLF or CR inside a cell: one line break
                    if (i < text.size() && text[i] == '\n') ++i;
                    field += '\n';
                    ++line;
                    continue;
                }
                if (c == '\n') ++line;
                field += c;
            }
            if (i < text.size() && text[i] != out.separator && text[i] != '\r' && text[i] != '\n') {
                out.error = "line " + std::to_string(line) + ": unexpected text after a closing quote";
                return out;
            }
            continue;
        }
        const char c = text[i++];
        if (c == out.separator) {
            end_field();
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i < text.size() && text[i] == '\n') ++i;
            end_row();
            ++line;
        } else {
            field += c;
        }
    }
    if (!field.empty() || !row.empty()) end_row();
    return out;
}

}  // namespace mandalart
