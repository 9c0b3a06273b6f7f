#include "ui/glyph_set.hpp"

#include <optional>
#include <string_view>

#include "core/text.hpp"
#include "ui/stand_ins.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {

namespace {

// Control characters are never drawn; characters beyond ImGui's 16 bits reach it as stand-ins,
// and the atlas draws the original.
std::optional<char32_t> drawn_as(char32_t c) {
    if (c < 0x20 || c == 0x7F) return std::nullopt;
    return stood_for(c).value_or(c);
}

// ASCII and the jamo that Korean typing produces alone (ㅋㅋ) are there from the start, with
// every UI string of both languages; any other character joins the atlas when the plan holds it
// or it is typed (App::update_fonts). Made once per process: every editor starts from it.
const std::set<char32_t>& starting_glyphs() {
    static const std::set<char32_t> glyphs = [] {
        std::set<char32_t> set;
        for (char32_t c = 0x20; c <= 0x7E; ++c) set.insert(c);
        for (char32_t c = 0x3131; c <= 0x318E; ++c) set.insert(c);  // Hangul compatibility jamo
        for (const char32_t c : std::u32string_view(U"–—‘’“”…•·←→↑↓×✓◀▶")) set.insert(c);
        set.insert(0xFFFD);
        const auto add_text = [&set](std::string_view utf8) {
            for (const char32_t c : decode_utf8(utf8))
                if (const auto drawn = drawn_as(c)) set.insert(*drawn);
        };
        for (int i = 0; i < static_cast<int>(Str::Count); ++i)
            for (const Language l : {Language::Korean, Language::English}) add_text(tr(static_cast<Str>(i), l));
        add_text("한국어 English");  // the language menu names each language in itself
        return set;
    }();
    return glyphs;
}

}  // namespace

GlyphSet::GlyphSet() : glyphs_(starting_glyphs()) {}

bool GlyphSet::add(char32_t c) {
    const auto drawn = drawn_as(c);
    return drawn && glyphs_.insert(*drawn).second;
}

bool GlyphSet::add_text(std::string_view utf8) {
    bool added = false;
    for (const char32_t c : decode_utf8(utf8)) added |= add(c);
    return added;
}

bool GlyphSet::add_plan(const Plan& plan) {
    bool added = add_text(plan.title) | add_text(plan.core);
    for (const SubGoal& g : plan.sub_goals) {
        added |= add_text(g.text);
        for (const Action& a : g.actions) added |= add_text(a.text) | add_text(a.note);
    }
    for (const auto& [week, log] : plan.weeks) added |= add_text(log.note);
    added |= add_text(plan.reflection);
    for (const SubGoal& g : plan.sub_goals) added |= add_text(g.reflection);
    for (const Conflict& c : plan.conflicts) added |= add_text(c.theirs);  // the conflict panel shows them
    return added;
}

}  // namespace mandalart::ui
