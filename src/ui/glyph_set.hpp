#pragma once
// The characters the font atlas must hold. The atlas is built only from what the plan and
// the UI use (plus ASCII, Latin-1, common punctuation and Hangul compatibility jamo), which
// costs a few milliseconds instead of the 150–250 ms and 16–32 MB of all 11,172 syllables.
#include <set>
#include <string_view>

#include "core/plan.hpp"

namespace mandalart::ui {

class GlyphSet {
public:
    GlyphSet();
    // Adds the characters of UTF-8 text; returns true when any was new.
    bool add_text(std::string_view utf8);
    bool add(char32_t c);
    bool add_plan(const Plan& plan);
    bool contains(char32_t c) const { return glyphs_.count(c) > 0; }
    const std::set<char32_t>& glyphs() const { return glyphs_; }

private:
    std::set<char32_t> glyphs_;
};

}  // namespace mandalart::ui
