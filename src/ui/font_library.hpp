#pragma once
// The editor's fonts in Dear ImGui's atlas: the Korean face (found by fontconfig, or the --font
// override) drawn by ImGui's FreeType loader, with the font chain merged after it for everything
// that face lacks (ui/chain_font_loader). Glyphs are loaded when first drawn, at the size drawn:
// nothing here gathers characters or rebuilds the atlas.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fonts/mapped_file.hpp"
#include "fonts/remembered_faces.hpp"
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
    // --font or the settings) wins over fontconfig's Korean face, which is remembered at
    // `remembered_path` (fonts/remembered_faces; empty: asked every time); a file FreeType cannot
    // use leaves ImGui's own font, and problem() says why. Loading again replaces the fonts.
    void load(ImFontAtlas& atlas, const std::string& override_path, const std::string& remembered_path = {});
    // When `text` (the plan about to be shown) has characters the remembered Korean face lacks,
    // asks fontconfig for the fallbacks now (start-up runs this on its second thread) rather than
    // in the middle of the first frame.
    void prepare_for(std::string_view text);
    // The fonts, sized for `scale` (the window's content scale × zoom).
    Fonts fonts(float scale) const;

    // One line for the user when Korean text cannot be shown (missing font), else empty.
    const std::string& problem() const { return problem_; }
    bool has_korean() const { return has_korean_; }
    // Between bursts of new glyphs (the window going idle): the font files' pages and the fallback
    // faces go back to the system (the glyphs are in the atlas; a new glyph reads and opens what it
    // needs again), and a fallback fontconfig chose meanwhile is remembered.
    void rest();
    // Characters drawn as a box (no installed font has them) since the last call.
    std::vector<char32_t> take_missing();
    // Whether fontconfig was asked (not when the Korean face was remembered and nothing needed a fallback).
    bool fontconfig_asked() const { return glyphs_ && glyphs_->chain_asked(); }

private:
    ImFont* add_primary(ImFontAtlas& atlas, const MappedFile& file, int index, bool bold);
    void remember_chosen_faces();

    std::unique_ptr<ChainGlyphs> glyphs_;
    std::string remembered_path_;
    std::optional<KoreanFaces> remembered_;  // the faces loaded, as remembered
    MappedFile regular_, bold_;  // the Korean font files, read by FreeType as it needs them
    std::string problem_;
    bool has_korean_ = false;
    Fonts fonts_;
};

}  // namespace mandalart::ui
