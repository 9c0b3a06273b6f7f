#pragma once
// The editor's fonts in Dear ImGui's atlas: the Korean face (found by fontconfig, or the --font
// override) drawn by ImGui's FreeType loader, with the font chain merged after it for everything
// that face lacks (ui/chain_font_loader). Glyphs are loaded when first drawn, at the size drawn:
// nothing here gathers characters or rebuilds the atlas.
#include <memory>
#include <string>
#include <vector>

#include "fonts/mapped_file.hpp"
#include "ui/chain_font_loader.hpp"
#include "ui/fonts.hpp"

struct ImFontAtlas;

namespace mandalart::ui {

class FontLibrary {
public:
    FontLibrary();
    ~FontLibrary();
    FontLibrary(const FontLibrary&) = delete;
    FontLibrary& operator=(const FontLibrary&) = delete;

    // Adds the fonts to `atlas` (before or after ImGui's context exists). `override_path` (from
    // --font or the settings) wins over fontconfig's Korean face; a file FreeType cannot use
    // leaves ImGui's own font, and problem() says why. Loading again replaces the fonts.
    void load(ImFontAtlas& atlas, const std::string& override_path);
    bool loaded() const { return fonts_.ui != nullptr; }
    // The fonts, sized for `scale` (the window's content scale × zoom).
    Fonts fonts(float scale) const;

    // One line for the user when Korean text cannot be shown (missing font), else empty.
    const std::string& problem() const { return problem_; }
    bool has_korean() const { return has_korean_; }
    // Lets go of the pages of the font files read so far: between bursts of new glyphs the files
    // are not needed (the glyphs are in the atlas), and a page is read again when a glyph needs it.
    void release_pages();
    // Characters drawn as a box (no installed font has them) since the last call.
    std::vector<char32_t> take_missing();
    // The fallback families drawing some of the glyphs so far ("Noto Sans CJK KR", "Noto Color Emoji").
    std::vector<std::string> fallback_families() const;

private:
    ImFont* add_primary(ImFontAtlas& atlas, const MappedFile& file, int index, bool bold);

    std::unique_ptr<ChainGlyphs> glyphs_;
    MappedFile regular_, bold_;  // the Korean font files, read by FreeType as it needs them
    std::string problem_;
    bool has_korean_ = false;
    Fonts fonts_;
};

}  // namespace mandalart::ui
