#include "ui/font_atlas.hpp"

#include <malloc.h>

#include <imgui.h>
#include <imgui_freetype.h>

#include "storage/font_finder.hpp"

namespace mandalart::ui {
void FontAtlas::configure(const std::string& override_path) {
    problem_.clear();
    regular_ = {};
    bold_ = {};
    if (!override_path.empty()) {
        regular_ = MappedFile(override_path);
        if (regular_.empty()) problem_ = "font: cannot read " + override_path;
        synthesise_bold_ = true;
    }
    if (regular_.empty()) {
        const KoreanFonts found = find_korean_fonts();
        if (!found.regular.empty()) {
            regular_ = MappedFile(found.regular);
            synthesise_bold_ = found.bold == found.regular;
            if (!synthesise_bold_) bold_ = MappedFile(found.bold);
        }
        if (regular_.empty() && problem_.empty()) problem_ = "no Korean font";
    }
}

// The glyphs are in the texture once built: the atlas no longer needs the font files, and must
// never free them (they are mapped, not allocated). Gives the memory the build used back.
void FontAtlas::release_font_files(ImFontAtlas& atlas) const {
    const auto mapped = [](const MappedFile& file, const void* p) {
        return !file.empty() && p >= file.data() && p < file.data() + file.size();
    };
    for (ImFontConfig& config : atlas.ConfigData)
        if (mapped(regular_, config.FontData) || mapped(bold_, config.FontData)) {
            config.FontData = nullptr;
            config.FontDataOwnedByAtlas = false;
        }
    // Neither the pages FreeType read nor its scratch memory are needed until the next build.
    regular_.drop_pages();
    bold_.drop_pages();
    ::malloc_trim(0);
}

bool FontAtlas::build(ImFontAtlas& atlas, const GlyphSet& glyphs, float scale) {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    // Unhinted outlines: half the build time of FreeType's light auto-hinting, and at these sizes
    // (17 and 26 px) Hangul looks as clean.
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_NoHinting;
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;  // only the rows used: less to convert, upload and keep
    ranges_.clear();
    // Ranges are pairs of [first, last], zero-terminated; consecutive glyphs are merged.
    for (const char32_t c : glyphs.glyphs()) {
        if (!ranges_.empty() && ranges_.back() + 1u == c) ranges_.back() = static_cast<unsigned short>(c);
        else ranges_.insert(ranges_.end(), {static_cast<unsigned short>(c), static_cast<unsigned short>(c)});
    }
    ranges_.push_back(0);

    const auto add = [&](const MappedFile& data, float px, bool bold) -> ImFont* {
        ImFontConfig config;
        config.OversampleH = 1;
        config.OversampleV = 1;
        config.PixelSnapH = true;
        config.GlyphRanges = ranges_.data();
        if (bold) config.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_Bold;
        if (data.empty()) {
            config.SizePixels = px;
            return atlas.AddFontDefault(&config);
        }
        // "Owned by the atlas" only so that ImGui does not copy the file for each font (4 MB each);
        // the atlas lets go of it right after building (release_font_files).
        config.FontDataOwnedByAtlas = true;
        return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(data.data()), static_cast<int>(data.size()), px, &config);
    };
    fonts_.ui = add(regular_, kUiFontPx * scale, false);
    fonts_.chart = add(regular_, kChartFontPx * scale, false);
    fonts_.chart_bold = synthesise_bold_ || bold_.empty() ? add(regular_, kChartFontPx * scale, true)
                                                         : add(bold_, kChartFontPx * scale, false);
    const bool built = atlas.Build();
    release_font_files(atlas);
    if (!built) {
        // A broken override font: fall back to ImGui's own so the window still works.
        atlas.Clear();
        problem_ = "font: FreeType could not use the font file";
        regular_ = {};
        bold_ = {};
        fonts_.ui = add(regular_, kUiFontPx * scale, false);
        fonts_.chart = add(regular_, kChartFontPx * scale, false);
        fonts_.chart_bold = fonts_.chart;
        return atlas.Build();
    }
    return true;
}

}  // namespace mandalart::ui
