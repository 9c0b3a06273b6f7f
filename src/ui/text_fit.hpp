#pragma once
// Fits a cell's text into its box: wraps it and shrinks the font until every line fits, so long
// phrases stay readable; what does not fit even at the smallest size ends in "…" (never cut
// mid-glyph) and the caller shows the whole text on hover.
#include <string>
#include <vector>

#include <imgui.h>

namespace mandalart::ui {

struct FittedText {
    float size = 0.0f;                           // font size in pixels
    std::vector<std::pair<int, int>> lines;      // [begin, end) byte ranges into the text
    float line_height = 0.0f;
    bool fits = true;                            // false when even the smallest size overflows
    bool truncated = false;                      // lines were dropped or cut: the last ends in "…"
};

FittedText fit_text(ImFont& font, const std::string& text, ImVec2 box, float max_size, float min_size);

// One line of `text` at `size` cut, whole characters at a time, to fit `width` with "…" (the
// text itself when it fits): a name in a row is never clipped mid-glyph.
std::string fit_line(ImFont& font, float size, const std::string& text, float width);

// Draws fitted text centred in `box` (top-left `origin`), one line at a time.
void draw_fitted(ImDrawList& list, ImFont& font, const std::string& text, const FittedText& fit, ImVec2 origin,
                 ImVec2 box, ImU32 colour);

}  // namespace mandalart::ui
