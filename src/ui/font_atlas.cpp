#include "ui/font_atlas.hpp"

#include <fstream>
#include <iterator>

#include <imgui.h>
#include <imgui_freetype.h>

#include "storage/font_finder.hpp"

namespace mandalart::ui {
namespace {

std::vector<unsigned char> read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

void FontAtlas::configure(const std::string& override_path) {
    problem_.clear();
    regular_.clear();
    bold_.clear();
    if (!override_path.empty()) {
        regular_ = read_bytes(override_path);
        if (regular_.empty()) problem_ = "font: cannot read " + override_path;
        synthesise_bold_ = true;
    }
    if (regular_.empty()) {
        const KoreanFonts found = find_korean_fonts();
        if (!found.regular.empty()) {
            regular_ = read_bytes(found.regular);
            synthesise_bold_ = found.bold == found.regular;
            if (!synthesise_bold_) bold_ = read_bytes(found.bold);
        }
        if (regular_.empty() && problem_.empty()) problem_ = "no Korean font";
    }
}

bool FontAtlas::build(ImFontAtlas& atlas, const GlyphSet& glyphs, float scale) {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    ranges_.clear();
    // Ranges are pairs of [first, last], zero-terminated; consecutive glyphs are merged.
    for (const char32_t c : glyphs.glyphs()) {
        if (!ranges_.empty() && ranges_.back() + 1u == c) ranges_.back() = static_cast<unsigned short>(c);
        else ranges_.insert(ranges_.end(), {static_cast<unsigned short>(c), static_cast<unsigned short>(c)});
    }
    ranges_.push_back(0);

    const auto add = [&](std::vector<unsigned char>& data, float px, bool bold) -> ImFont* {
        ImFontConfig config;
        config.FontDataOwnedByAtlas = false;
        config.OversampleH = 1;
        config.OversampleV = 1;
        config.PixelSnapH = true;
        config.GlyphRanges = ranges_.data();
        if (bold) config.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_Bold;
        if (data.empty()) {
            config.SizePixels = px;
            return atlas.AddFontDefault(&config);
        }
        return atlas.AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), px, &config);
    };
    fonts_.ui = add(regular_, kUiFontPx * scale, false);
    fonts_.chart = add(regular_, kChartFontPx * scale, false);
    fonts_.chart_bold = synthesise_bold_ || bold_.empty() ? add(regular_, kChartFontPx * scale, true)
                                                         : add(bold_, kChartFontPx * scale, false);
    if (!atlas.Build()) {
        // A broken override font: fall back to ImGui's own so the window still works.
        atlas.Clear();
        problem_ = "font: FreeType could not use the font file";
        regular_.clear();
        bold_.clear();
        fonts_.ui = add(regular_, kUiFontPx * scale, false);
        fonts_.chart = add(regular_, kChartFontPx * scale, false);
        fonts_.chart_bold = fonts_.chart;
        return atlas.Build();
    }
    return true;
}

}  // namespace mandalart::ui
