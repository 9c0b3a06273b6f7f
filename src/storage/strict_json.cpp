#include "storage/strict_json.hpp"

#include <set>
#include <vector>

#include "core/text.hpp"

namespace mandalart {

using nlohmann::ordered_json;

TextPosition position_of(std::string_view text, std::size_t byte_offset) {
    TextPosition pos;
    const std::size_t end = std::min(byte_offset, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        if (text[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++pos.column;
        }
    }
    return pos;
}

namespace {

// Offset of the first bracket that opens level kMaxJsonDepth + 1, if any.
std::optional<std::size_t> find_too_deep(std::string_view text) {
    int depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxJsonDepth) return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}


// Builds the document like nlohmann's DOM parser, but refuses duplicate keys and
// remembers the failing position.
class StrictBuilder {
public:
    using number_integer_t = ordered_json::number_integer_t;
    using number_unsigned_t = ordered_json::number_unsigned_t;
    using number_float_t = ordered_json::number_float_t;
    using string_t = ordered_json::string_t;
    using binary_t = ordered_json::binary_t;

    ordered_json root;
    std::string error;
    std::size_t error_byte = 0;
    bool syntax_error = false;

    bool null() { return add(nullptr); }
    bool boolean(bool v) { return add(v); }
    bool number_integer(number_integer_t v) { return add(v); }
    bool number_unsigned(number_unsigned_t v) { return add(v); }
    bool number_float(number_float_t v, const string_t&) { return add(v); }
    bool string(string_t& v) { return add(std::move(v)); }
    bool binary(binary_t& v) { return add(ordered_json::binary(std::move(v))); }
    bool start_object(std::size_t) {
        if (!add(ordered_json::object())) return false;
        stack_.push_back({last_, {}, {}, 0});
        return true;
    }
    bool key(string_t& k) {
        Frame& f = stack_.back();
        if (!f.keys.insert(k).second) {
            error = path() + ": duplicate key \"" + k + "\"";
            return false;
        }
        f.key = k;
        return true;
    }
    bool end_object() { stack_.pop_back(); return true; }
    bool start_array(std::size_t) {
        if (!add(ordered_json::array())) return false;
        stack_.push_back({last_, {}, {}, 0});
        return true;
    }
    bool end_array() { stack_.pop_back(); return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        syntax_error = true;
        error_byte = position > 0 ? position - 1 : 0;
        error = ex.what();
        // nlohmann's text is "[json.exception.ID] parse error at line L, column C: detail" or
        // "[json.exception.ID] detail"; keep the detail.
        if (const auto tag = error.find("] "); error.starts_with("[json.exception") && tag != std::string::npos)
            error.erase(0, tag + 2);
        if (const auto colon = error.find(": "); error.starts_with("parse error") && colon != std::string::npos)
            error.erase(0, colon + 2);
        return false;
    }

private:
    struct Frame {
        ordered_json* container;
        std::set<std::string> keys;
        std::string key;
        std::size_t index;
    };
    std::vector<Frame> stack_;
    ordered_json* last_ = nullptr;

    bool add(ordered_json value) {
        if (stack_.empty()) {
            root = std::move(value);
            last_ = &root;
        } else if (Frame& f = stack_.back(); f.container->is_array()) {
            f.container->push_back(std::move(value));
            last_ = &f.container->back();
            ++f.index;
        } else {
            last_ = &((*f.container)[f.key] = std::move(value));
        }
        return true;
    }

    std::string path() const {
        std::string p;
        for (const Frame& f : stack_) {
            if (&f == &stack_.back()) break;
            p += "/" + (f.container->is_array() ? std::to_string(f.index - 1) : pointer_token(f.key));
        }
        return p.empty() ? "/" : p;
    }
};

}  // namespace

StrictJson parse_strict_json(std::string_view text, const std::string& name) {
    StrictJson result;
    if (text.empty()) {
        result.error = name + ": the file is empty";
        return result;
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        result.error = name + ": starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM";
        return result;
    }
    // JSON text starts with an ASCII character, so a zero byte among the first two means UTF-16.
    if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF" ||
        (text.size() >= 2 && (text[0] == '\0' || text[1] == '\0'))) {
        result.error = name + ": is UTF-16 text; save it as UTF-8";
        return result;
    }
    if (const auto bad = find_invalid_utf8(text)) {
        const TextPosition at = position_of(text, *bad);
        result.error = name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                       ": invalid UTF-8 at byte offset " + std::to_string(*bad);
        return result;
    }
    if (const auto deep = find_too_deep(text)) {
        const TextPosition at = position_of(text, *deep);
        result.error = name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                       ": nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
        return result;
    }
    StrictBuilder builder;
    const bool ok = ordered_json::sax_parse(text, &builder, nlohmann::detail::input_format_t::json, true);
    if (!ok || !builder.error.empty()) {
        if (builder.syntax_error) {
            const TextPosition at = position_of(text, builder.error_byte);
            result.error = name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " + builder.error;
        } else {
            result.error = name + ": " + builder.error;
        }
        return result;
    }
    result.value = std::move(builder.root);
    return result;
}

std::string pointer_token(const std::string& key) {
    std::string out;
    for (const char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

}  // namespace mandalart
