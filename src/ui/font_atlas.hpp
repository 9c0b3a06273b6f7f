#pragma once
// Builds ImGui's font atlas from a GlyphSet, at the current UI scale, with FreeType, through the
// font chain: the Korean face first, then the installed faces that cover what it lacks (merged in,
// glyph by glyph). What ImGui's builder cannot draw — colour emoji, characters beyond U+FFFF (held
// by stand-ins), characters no font has (a hollow box) — is drawn by our own rasteriser into
// custom glyphs. The caller re-uploads the texture after a rebuild (platform code owns it).
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fonts/font_chain.hpp"
#include "fonts/glyph_raster.hpp"
#include "fonts/mapped_file.hpp"
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
    FontAtlas();
    ~FontAtlas();
    // `override_path` (from --font or settings) wins over fontconfig for the Korean face.
    void configure(const std::string& override_path);
    // Rebuilds `atlas` for `glyphs` at `scale`; returns false only if no font at all could be added.
    bool build(ImFontAtlas& atlas, const GlyphSet& glyphs, float scale);
    const Fonts& fonts() const { return fonts_; }
    // One line for the user when Korean text cannot be shown (missing font), else empty.
    const std::string& problem() const { return problem_; }
    bool has_korean() const { return !regular_.empty(); }
    // Characters of the glyph set that no installed font has (drawn as a box), in order.
    const std::vector<char32_t>& missing() const { return missing_; }
    // The fallback families drawing some of the glyphs ("Noto Sans CJK KR", "Noto Color Emoji").
    std::vector<std::string> fallback_families() const;

private:
    struct Plan;       // which face draws which glyph, for one build
    struct Custom;     // a glyph we draw ourselves
    Plan plan_glyphs(const GlyphSet& glyphs);
    const MappedFile& mapped(const FontFace& face);
    void release_font_files(ImFontAtlas& atlas);
    ImFont* add_font(ImFontAtlas& atlas, const Plan& plan, const MappedFile& primary, float px, bool bold, std::vector<Custom>& customs);
    static void paste_custom_glyphs(ImFontAtlas& atlas, const std::vector<Custom>& customs);
    bool build_without_fonts(ImFontAtlas& atlas, float scale);

    MappedFile regular_, bold_;  // the Korean font files, read by FreeType as it needs them
    std::map<std::pair<std::string, int>, MappedFile> fallback_files_;
    std::optional<FontChain> chain_;
    GlyphRasteriser rasteriser_;
    bool synthesise_bold_ = false;
    std::string problem_;
    std::vector<char32_t> missing_;
    std::vector<std::vector<unsigned short>> ranges_;  // must outlive the build
    Fonts fonts_;
};

}  // namespace mandalart::ui
