#include "ui/stand_ins.hpp"

#include <unordered_map>
#include <vector>

#include <imgui.h>

#include "core/text.hpp"

namespace mandalart::ui {
namespace {

// Yi Syllables: 1,165 code points that Korean users do not write, and that ImGui, unlike the
// private-use area, lets through as typed characters.
constexpr char32_t kFirst = 0xA000, kLast = 0xA48C;

struct Table {
    std::unordered_map<char32_t, char32_t> to_stand_in;
    std::vector<char32_t> stood_for;  // index: stand-in − kFirst
};

Table& table() {
    static Table t;
    return t;
}

// Bytes that can start a character needing a stand-in: U+A000..U+AFFF (0xEA) and beyond U+FFFF
// (0xF0..0xF4). Text without them (nearly all text) passes through untouched.
bool may_need(std::string_view utf8) {
    for (const char ch : utf8) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte == 0xEA || byte >= 0xF0) return true;
    }
    return false;
}

}  // namespace

bool needs_stand_in(char32_t c) { return c > 0xFFFF || (c >= kFirst && c <= kLast); }

char32_t stand_in(char32_t c) {
    if (!needs_stand_in(c)) return c;
    Table& t = table();
    if (const auto it = t.to_stand_in.find(c); it != t.to_stand_in.end()) return it->second;
    if (t.stood_for.size() > kLast - kFirst) return 0xFFFD;  // 1,165 distinct such characters in one session
    const char32_t s = kFirst + static_cast<char32_t>(t.stood_for.size());
    t.stood_for.push_back(c);
    t.to_stand_in.emplace(c, s);
    return s;
}

std::optional<char32_t> stood_for(char32_t c) {
    const Table& t = table();
    if (c < kFirst || c - kFirst >= t.stood_for.size()) return std::nullopt;
    return t.stood_for[c - kFirst];
}

std::string to_imgui(std::string_view utf8) {
    if (!may_need(utf8)) return std::string(utf8);
    std::string out;
    out.reserve(utf8.size());
    for (const char32_t c : decode_utf8(utf8)) append_utf8(out, stand_in(c));
    return out;
}

std::string from_imgui(std::string_view utf8) {
    if (!may_need(utf8)) return std::string(utf8);
    std::string out;
    out.reserve(utf8.size());
    for (const char32_t c : decode_utf8(utf8)) append_utf8(out, stood_for(c).value_or(c));
    return out;
}

namespace {

const char* (*g_get_clipboard)(void*) = nullptr;
void (*g_set_clipboard)(void*, const char*) = nullptr;

const char* get_clipboard(void* user) {
    static std::string text;  // ImGui copies it before asking again
    const char* raw = g_get_clipboard != nullptr ? g_get_clipboard(user) : nullptr;
    if (raw == nullptr) return nullptr;
    text = to_imgui(raw);
    return text.c_str();
}

void set_clipboard(void* user, const char* utf8) {
    if (g_set_clipboard != nullptr) g_set_clipboard(user, from_imgui(utf8 != nullptr ? utf8 : "").c_str());
}

}  // namespace

void wrap_clipboard(ImGuiIO& io) {
    if (io.GetClipboardTextFn == &get_clipboard) return;
    g_get_clipboard = io.GetClipboardTextFn;
    g_set_clipboard = io.SetClipboardTextFn;
    io.GetClipboardTextFn = &get_clipboard;
    io.SetClipboardTextFn = &set_clipboard;
}

}  // namespace mandalart::ui
