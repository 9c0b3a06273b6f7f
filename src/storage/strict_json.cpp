#include "storage/strict_json.hpp"

#include <algorithm>
#include <iterator>
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


using Member = std::pair<std::string, ordered_json>;

// The first key of `members` that an earlier key repeats, if any.
const std::string* first_repeated_key(const std::vector<Member>& members) {
    for (auto later = members.begin(); later != members.end(); ++later)
        for (auto earlier = members.begin(); earlier != later; ++earlier)
            if (earlier->first == later->first) return &later->first;
    return nullptr;
}

// Whether any two keys of `members` are the same: sorted in `scratch` when there are many.
bool has_repeated_key(const std::vector<Member>& members, std::vector<const std::string*>& scratch) {
    constexpr std::size_t kPairwiseUpTo = 12;
    if (members.size() <= kPairwiseUpTo) return first_repeated_key(members) != nullptr;
    scratch.clear();
    for (const Member& m : members) scratch.push_back(&m.first);
    std::sort(scratch.begin(), scratch.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
    return std::adjacent_find(scratch.begin(), scratch.end(),
                              [](const std::string* a, const std::string* b) { return *a == *b; }) != scratch.end();
}

// Builds the document like nlohmann's DOM parser, but refuses duplicate keys and nesting deeper
// than kMaxJsonDepth, and remembers the failing position. Each open container gathers its values
// in a buffer kept for reuse at its depth and is built once, at its exact size, when it closes.
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
    bool start_object(std::size_t) { return open(true); }
    bool key(string_t& k) {
        levels_[depth_ - 1].key = std::move(k);
        return true;
    }
    bool end_object() {
        Level& level = levels_[depth_ - 1];
        if (has_repeated_key(level.members, keys_)) {
            error = path() + ": duplicate key \"" + *first_repeated_key(level.members) + "\"";
            return false;
        }
        ordered_json object(nlohmann::json::value_t::object);
        auto& members = object.get_ref<ordered_json::object_t&>();
        members.reserve(level.members.size());
        // Appended without a search: the keys are known to differ.
        for (Member& m : level.members) members.ordered_json::object_t::Container::emplace_back(std::move(m.first), std::move(m.second));
        level.members.clear();
        --depth_;
        return add(std::move(object));
    }
    bool start_array(std::size_t) { return open(false); }
    bool end_array() {
        Level& level = levels_[depth_ - 1];
        ordered_json array(nlohmann::json::value_t::array);
        auto& items = array.get_ref<ordered_json::array_t&>();
        items.reserve(level.items.size());
        std::move(level.items.begin(), level.items.end(), std::back_inserter(items));
        level.items.clear();
        --depth_;
        return add(std::move(array));
    }
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
    struct Level {
        bool is_object = false;
        std::vector<Member> members;     // an object's values so far
        std::vector<ordered_json> items;  // an array's values so far
        std::string key;                  // the key whose value comes next (objects)
    };
    std::vector<Level> levels_;  // levels_[0, depth_) are open; deeper ones wait for reuse
    std::size_t depth_ = 0;
    std::vector<const std::string*> keys_;  // scratch for the duplicate-key check

    bool open(bool is_object) {
        if (depth_ >= static_cast<std::size_t>(kMaxJsonDepth)) return false;  // find_too_deep says where
        if (levels_.size() == depth_) levels_.emplace_back();
        levels_[depth_++].is_object = is_object;
        return true;
    }

    bool add(ordered_json value) {
        if (depth_ == 0) {
            root = std::move(value);
        } else if (Level& level = levels_[depth_ - 1]; level.is_object) {
            level.members.emplace_back(std::move(level.key), std::move(value));
        } else {
            level.items.push_back(std::move(value));
        }
        return true;
    }

    // The JSON pointer of the innermost open container, from the key or index each outer one is at.
    std::string path() const {
        std::string p;
        for (std::size_t d = 0; d + 1 < depth_; ++d) {
            const Level& level = levels_[d];
            p += "/" + (level.is_object ? pointer_token(level.key) : std::to_string(level.items.size()));
        }
        return p.empty() ? "/" : p;
    }
};

}  // namespace

namespace {

constexpr const char* kStorageCause = "often by a power cut or a failing disk";

// What the bytes alone show, in the user's words: "is 9,412 zero bytes: the file was damaged, …".
std::string words_for(Damage damage, std::string_view text) {
    switch (damage) {
        case Damage::Empty:
            return text.empty() ? std::string(" is empty (0 bytes): the file was damaged, ") + kStorageCause
                                : " holds only blank space (" + with_thousands(text.size()) + " bytes): the file was damaged, " + kStorageCause;
        case Damage::Zeros: return " is " + with_thousands(text.size()) + " zero bytes: the file was damaged, " + kStorageCause;
        case Damage::Utf16: return ": is UTF-16 text; save it as UTF-8";
        case Damage::Utf32: return ": is UTF-32 text; save it as UTF-8";
        default: return {};
    }
}

// Whether the invalid UTF-8 at `at` is a character's first bytes with the rest cut off by the end.
bool cut_inside_character(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    const std::size_t length = lead >= 0xF0 && lead <= 0xF4 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
    return length > 0 && at + length > text.size();
}

// The first characters of a file that is not JSON, to show what it is instead.
std::string opening(std::string_view text) {
    std::string shown;
    for (const char c : text.substr(0, 24)) shown += (c >= 0x20 && c < 0x7F) ? c : '.';
    return shown;
}

}  // namespace

StrictJson parse_strict_json(std::string_view text, const std::string& name) {
    StrictJson result;
    result.damage = damage_in_bytes(text);
    if (result.damage == Damage::NotJson) {
        const TextPosition at = position_of(text, text.find_first_not_of(" \t\r\n"));
        result.error = name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                       ": not JSON, so not a plan file (it starts with \"" + opening(text) + "\")";
        return result;
    }
    if (result.damage != Damage::None) {
        result.error = name + words_for(result.damage, text);
        return result;
    }
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        result.error = name + ": starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM";
        result.damage = Damage::Corrupt;
        return result;
    }
    StrictBuilder builder;
    if (ordered_json::sax_parse(text, &builder, nlohmann::detail::input_format_t::json, true) && builder.error.empty()) {
        result.value = std::move(builder.root);
        return result;
    }
    // nlohmann's parser refuses invalid UTF-8 (only its strings may hold non-ASCII bytes, and it
    // checks them) and the builder refuses deep nesting; find where, for a plainer message.
    result.damage = Damage::Corrupt;
    // Cut short: the parser (or a character's bytes) ran out where the file's content ends (zero
    // bytes end JSON text too): a valid start, then nothing.
    const std::size_t content_end = text.find_last_not_of('\0') + 1;
    const auto bad = find_invalid_utf8(text);
    const bool cut_short = bad ? cut_inside_character(text.substr(0, content_end), *bad)
                               : builder.syntax_error && builder.error_byte + 1 >= content_end;
    if (cut_short) {
        result.damage = Damage::CutShort;
        const std::size_t end = bad ? content_end : std::min(builder.error_byte + 1, content_end);
        const TextPosition at = position_of(text, bad ? *bad : builder.error_byte);
        result.error = name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                       ": the file ends in the middle of the plan (" + with_thousands(end) + " bytes" +
                       (end < text.size() ? ", then " + with_thousands(text.size() - end) + " zero bytes" : std::string()) +
                       "): it was cut short, " + kStorageCause;
    } else if (bad) {
        const TextPosition at = position_of(text, *bad);
        result.error = name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                       ": invalid UTF-8 at byte offset " + std::to_string(*bad);
    } else if (const auto deep = find_too_deep(text)) {
        const TextPosition at = position_of(text, *deep);
        result.error = name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) +
                       ": nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
    } else if (builder.syntax_error) {
        const TextPosition at = position_of(text, builder.error_byte);
        // The parser quotes what it last read, which may end inside a damaged character.
        result.error = name + ":" + std::to_string(at.line) + ":" + std::to_string(at.column) + ": " +
                       replace_invalid_utf8(builder.error);
    } else {
        result.error = name + ": " + builder.error;
    }
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
