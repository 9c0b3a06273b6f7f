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
    StrictBuilder builder;
    if (ordered_json::sax_parse(text, &builder, nlohmann::detail::input_format_t::json, true) && builder.error.empty()) {
        result.value = std::move(builder.root);
        return result;
    }
    // nlohmann's parser refuses invalid UTF-8 (only its strings may hold non-ASCII bytes, and it
    // checks them) and the builder refuses deep nesting; find where, for a plainer message.
    if (const auto bad = find_invalid_utf8(text)) {
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
