#include "fonts/font_chain.hpp"

#include <algorithm>

namespace mandalart {

bool is_emoji(char32_t c) {
    return (c >= 0x1F300 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x1F000 && c <= 0x1F2FF) ||
           c == 0x2B50 || c == 0x2B55 || c == 0x231A || c == 0x231B || (c >= 0x23E9 && c <= 0x23FA);
}

// The catalogue's own parts (construction, has() and load_fallbacks()) are in
// fonts/fontconfig/font_source.cpp and fonts/windows/font_source.cpp.

const FontFace* FontChain::primary(bool bold) const { return have_primary_ ? &faces_[bold ? 1 : 0] : nullptr; }

const FontFace* FontChain::face_for(char32_t c) {
    if (have_primary_ && has(0, c) && !is_emoji(c)) return &faces_[0];
    if (const auto it = chosen_.find(c); it != chosen_.end())
        return it->second < 0 ? nullptr : &faces_[static_cast<std::size_t>(it->second)];
    if (!fallbacks_loaded_) load_fallbacks();
    int best = -1;
    for (const bool want_colour : {true, false}) {
        if (want_colour && !is_emoji(c)) continue;
        for (std::size_t i = 2; i < faces_.size() && best < 0; ++i)
            if (faces_[i].colour == want_colour && has(i, c)) best = static_cast<int>(i);
        if (best >= 0) break;
    }
    if (best < 0 && have_primary_ && has(0, c)) best = 0;  // an emoji the Korean face draws in outline
    chosen_[c] = best;
    return best < 0 ? nullptr : &faces_[static_cast<std::size_t>(best)];
}

std::vector<const FontFace*> FontChain::fallbacks_used() const {
    std::vector<const FontFace*> out;
    std::vector<int> seen;
    for (const auto& [c, face] : chosen_)
        if (face >= 2 && std::find(seen.begin(), seen.end(), face) == seen.end()) {
            seen.push_back(face);
            out.push_back(&faces_[static_cast<std::size_t>(face)]);
        }
    return out;
}

}  // namespace mandalart
