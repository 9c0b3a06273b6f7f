#pragma once
// Builds ImGui's font atlas from a GlyphSet, at the current UI scale, with FreeType.
// The caller re-uploads the texture after a rebuild (platform code owns the GL texture).
#include <string>
#include <vector>

#include "storage/mapped_file.hpp"
#include "ui/glyph_set.hpp"

struct ImFont;
struct ImFontAtlas;

namespace mandalart::ui {

struct Fonts {
    ImFont* ui = nullptr;          // menus, panels, dialogs
    ImFont* chart = nullptr;       // cell text, drawn at sizes up to kChartFontPx
    ImFont* chart_bold = nullptr;  // the core goal and sub-goals
};

inline constexpr float kUiFontPx = 17.0f;
inline constexpr float kChartFontPx = 26.0f;

class FontAtlas {
public:
    // `override_path` (from --font or settings) wins over fontconfig.
    void configure(const std::string& override_path);
    // Rebuilds `atlas` for `glyphs` at `scale`; returns false only if no font at all could be added.
    bool build(ImFontAtlas& atlas, const GlyphSet& glyphs, float scale);
    const Fonts& fonts() const { return fonts_; }
    // One line for the user when Korean text cannot be shown (missing font), else empty.
    const std::string& problem() const { return problem_; }
    bool has_korean() const { return !regular_.empty(); }

private:
    void release_font_files(ImFontAtlas& atlas) const;

    MappedFile regular_, bold_;  // the font files, read by FreeType as it needs them
    bool synthesise_bold_ = false;
    std::string problem_;
    std::vector<unsigned short> ranges_;  // must outlive the build
    Fonts fonts_;
};

}  // namespace mandalart::ui
