#include "ui/glyph_set.hpp"

#include <string_view>

#include "core/text.hpp"
#include "ui/stand_ins.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {

GlyphSet::GlyphSet() {
    // ASCII and the jamo that Korean typing produces alone (ㅋㅋ) are there from the start; any
    // other character joins the atlas when the plan holds it or it is typed (App::update_fonts).
    for (char32_t c = 0x20; c <= 0x7E; ++c) glyphs_.insert(c);
    for (char32_t c = 0x3131; c <= 0x318E; ++c) glyphs_.insert(c);  // Hangul compatibility jamo
    for (const char32_t c : std::u32string_view(U"–—‘’“”…•·←→↑↓×✓◀▶")) glyphs_.insert(c);
    glyphs_.insert(0xFFFD);
    for (int i = 0; i < static_cast<int>(Str::Count); ++i)
        for (const Language l : {Language::Korean, Language::English}) add_text(tr(static_cast<Str>(i), l));
    add_text("한국어 English");  // the language menu names each language in itself
}

bool GlyphSet::add(char32_t c) {
    if (c < 0x20 || c == 0x7F) return false;
    // Characters beyond ImGui's 16 bits reach it as stand-ins: the atlas draws the original.
    return glyphs_.insert(stood_for(c).value_or(c)).second;
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
    return added;
}

}  // namespace mandalart::ui
