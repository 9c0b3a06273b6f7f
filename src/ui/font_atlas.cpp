#include "ui/font_atlas.hpp"

#include <malloc.h>

#include <algorithm>
#include <cmath>
#include <cstring>

#include <imgui.h>
#include <imgui_freetype.h>

#include "core/text.hpp"
#include "ui/stand_ins.hpp"

namespace mandalart::ui {

// Which face draws each glyph of the set.
struct FontAtlas::Plan {
    std::vector<char32_t> primary;                            // the Korean face's
    std::vector<std::pair<FontFace, std::vector<char32_t>>> merged;  // fallback outline faces, merged into each font
    std::vector<std::pair<char32_t, const FontFace*>> custom;  // drawn by us: colour, beyond U+FFFF, or none (box)
};

// A custom glyph of one font: where it went in the atlas and what to draw there.
struct FontAtlas::Custom {
    ImFont* font = nullptr;
    int rect = -1;
    ImWchar id = 0;
    GlyphImage image;
};

namespace {

// ImGui glyph ranges: [first, last] pairs, zero-terminated; consecutive glyphs merged.
std::vector<unsigned short> ranges_of(const std::vector<char32_t>& glyphs) {
    std::vector<unsigned short> ranges;
    for (const char32_t c : glyphs) {
        if (!ranges.empty() && ranges.back() + 1u == c) ranges.back() = static_cast<unsigned short>(c);
        else ranges.insert(ranges.end(), {static_cast<unsigned short>(c), static_cast<unsigned short>(c)});
    }
    ranges.push_back(0);
    return ranges;
}

// Copies a glyph image into the atlas's RGBA texture at a custom rect.
void paste(ImFontAtlas& atlas, const ImFontAtlasCustomRect& rect, const GlyphImage& image) {
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    atlas.GetTexDataAsRGBA32(&pixels, &width, &height);
    for (int y = 0; y < image.height && y < rect.Height; ++y)
        std::memcpy(pixels + (static_cast<std::size_t>(rect.Y + y) * width + rect.X) * 4,
                    image.rgba.data() + static_cast<std::size_t>(y) * image.width * 4,
                    static_cast<std::size_t>(std::min<int>(image.width, rect.Width)) * 4);
}

}  // namespace

FontAtlas::FontAtlas() = default;
FontAtlas::~FontAtlas() = default;

void FontAtlas::configure(const std::string& override_path) {
    problem_.clear();
    regular_ = {};
    bold_ = {};
    fallback_files_.clear();
    if (!chain_) chain_.emplace();
    if (!override_path.empty()) {
        regular_ = MappedFile(override_path);
        if (regular_.empty()) problem_ = "font: cannot read " + override_path;
        synthesise_bold_ = true;
    }
    if (regular_.empty()) {
        if (const FontFace* regular = chain_->primary(false)) {
            regular_ = MappedFile(regular->path);
            const FontFace* bold = chain_->primary(true);
            synthesise_bold_ = bold->path == regular->path;
            if (!synthesise_bold_) bold_ = MappedFile(bold->path);
        }
        if (regular_.empty() && problem_.empty()) problem_ = "no Korean font";
    }
}

const MappedFile& FontAtlas::mapped(const FontFace& face) {
    const auto key = std::make_pair(face.path, face.index);
    auto it = fallback_files_.find(key);
    if (it == fallback_files_.end()) it = fallback_files_.emplace(key, MappedFile(face.path)).first;
    return it->second;
}

FontAtlas::Plan FontAtlas::plan_glyphs(const GlyphSet& glyphs) {
    Plan plan;
    missing_.clear();
    const FontFace* primary = chain_ ? chain_->primary(false) : nullptr;
    for (const char32_t c : glyphs.glyphs()) {
        if (is_invisible(c)) {  // joiners, variation selectors: in the atlas, drawn as nothing
            plan.custom.emplace_back(c, nullptr);
            continue;
        }
        const FontFace* face = chain_ ? chain_->face_for(c) : nullptr;
        if (face == nullptr) {
            if (primary == nullptr && c < 0x80) {  // no Korean font: ImGui's own font draws ASCII
                plan.primary.push_back(c);
                continue;
            }
            missing_.push_back(c);
            plan.custom.emplace_back(c, nullptr);  // a box
            continue;
        }
        if (needs_stand_in(c) || face->colour) {
            plan.custom.emplace_back(c, face);
        } else if (face == primary || (primary != nullptr && *face == *primary)) {
            plan.primary.push_back(c);
        } else {
            const auto it = std::find_if(plan.merged.begin(), plan.merged.end(), [&](const auto& m) { return m.first == *face; });
            if (it == plan.merged.end()) plan.merged.emplace_back(*face, std::vector<char32_t>{c});
            else it->second.push_back(c);
        }
    }
    return plan;
}

std::vector<std::string> FontAtlas::fallback_families() const {
    std::vector<std::string> out;
    if (!chain_) return out;
    for (const FontFace* face : chain_->fallbacks_used())
        if (std::find(out.begin(), out.end(), face->family) == out.end()) out.push_back(face->family);
    return out;
}

// The glyphs are in the texture once built: the atlas no longer needs the font files, and must
// never free them (they are mapped, not allocated). Gives the memory the build used back.
void FontAtlas::release_font_files(ImFontAtlas& atlas) {
    std::vector<const MappedFile*> files = {&regular_, &bold_};
    for (const auto& [key, file] : fallback_files_) files.push_back(&file);
    for (ImFontConfig& config : atlas.ConfigData)
        for (const MappedFile* file : files)
            if (!file->empty() && config.FontData >= file->data() && config.FontData < file->data() + file->size()) {
                config.FontData = nullptr;
                config.FontDataOwnedByAtlas = false;
            }
    // Neither the pages FreeType read nor its scratch memory are needed until the next build.
    for (const MappedFile* file : files) file->drop_pages();
    ::malloc_trim(0);
}

namespace {

// One face into the atlas (merged into the font before it when `merge`); ImGui's own font when
// there is no file.
ImFont* add_face(ImFontAtlas& atlas, const MappedFile& data, int index, float px, bool bold, bool merge, const unsigned short* ranges) {
    ImFontConfig config;
    config.OversampleH = 1;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    config.GlyphRanges = ranges;
    config.MergeMode = merge;
    config.FontNo = index;
    if (bold) config.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_Bold;
    if (data.empty()) {
        config.SizePixels = px;
        return merge ? nullptr : atlas.AddFontDefault(&config);
    }
    // "Owned by the atlas" only so that ImGui does not copy the file for each font (4 MB each);
    // the atlas lets go of it right after building (release_font_files).
    config.FontDataOwnedByAtlas = true;
    return atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(data.data()), static_cast<int>(data.size()), px, &config);
}

}  // namespace

// A font of the atlas: the primary face, the fallback faces merged into it, and the glyphs we
// draw ourselves (colour emoji a little smaller than the line, outlines at the font's em) as
// custom rectangles to fill once the atlas is built.
ImFont* FontAtlas::add_font(ImFontAtlas& atlas, const Plan& plan, const MappedFile& primary, float px, bool bold,
                            std::vector<Custom>& customs) {
    ImFont* font = add_face(atlas, primary, 0, px, bold, false, ranges_[0].data());
    for (std::size_t i = 0; i < plan.merged.size(); ++i) {
        const MappedFile& file = mapped(plan.merged[i].first);
        if (!file.empty()) add_face(atlas, file, plan.merged[i].first.index, px, bold, true, ranges_[i + 1].data());
    }
    for (const auto& [c, face] : plan.custom) {
        Custom custom;
        custom.font = font;
        custom.id = static_cast<ImWchar>(stand_in(c));
        if (is_invisible(c)) custom.image = GlyphImage{1, 1, 0, 0, 0, false, {0, 0, 0, 0}};
        else if (face == nullptr) custom.image = replacement_box(px * 0.85);
        else custom.image = rasteriser_.render(*face, c, face->colour ? px * 0.82 : px * 0.86, bold && !face->colour);
        if (custom.image.width == 0 && custom.image.advance == 0) custom.image = replacement_box(px * 0.85);
        custom.rect = atlas.AddCustomRectFontGlyph(font, custom.id, custom.image.width, custom.image.height,
                                                   static_cast<float>(std::ceil(custom.image.advance)),
                                                   ImVec2(static_cast<float>(custom.image.left), 0));
        customs.push_back(std::move(custom));
    }
    return font;
}

// Pastes our own glyphs into the built atlas, on the baseline (ImGui placed them at the line's
// top); colour glyphs keep their colours.
void FontAtlas::paste_custom_glyphs(ImFontAtlas& atlas, const std::vector<Custom>& customs) {
    for (const Custom& custom : customs) {
        paste(atlas, *atlas.GetCustomRectByIndex(custom.rect), custom.image);
        auto* glyph = const_cast<ImFontGlyph*>(custom.font->FindGlyphNoFallback(custom.id));
        if (glyph == nullptr) continue;
        const float top = custom.font->Ascent - static_cast<float>(custom.image.top);
        glyph->Y0 = top;
        glyph->Y1 = top + static_cast<float>(custom.image.height);
        glyph->Colored = custom.image.colour ? 1 : 0;
    }
    if (!customs.empty()) atlas.TexPixelsUseColors = true;
}

bool FontAtlas::build(ImFontAtlas& atlas, const GlyphSet& glyphs, float scale) {
    atlas.Clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    // Unhinted outlines: half the build time of FreeType's light auto-hinting, and at these sizes
    // (17 and 26 px) Hangul looks as clean.
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_NoHinting;
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;  // only the rows used: less to convert, upload and keep
    const Plan plan = plan_glyphs(glyphs);
    ranges_.clear();
    ranges_.reserve(1 + plan.merged.size());
    ranges_.push_back(ranges_of(plan.primary));
    for (const auto& [face, chars] : plan.merged) ranges_.push_back(ranges_of(chars));

    std::vector<Custom> customs;
    fonts_.ui = add_font(atlas, plan, regular_, kUiFontPx * scale, false, customs);
    fonts_.chart = add_font(atlas, plan, regular_, kChartFontPx * scale, false, customs);
    fonts_.chart_bold = synthesise_bold_ || bold_.empty() ? add_font(atlas, plan, regular_, kChartFontPx * scale, true, customs)
                                                         : add_font(atlas, plan, bold_, kChartFontPx * scale, false, customs);
    const bool built = atlas.Build();
    if (built) paste_custom_glyphs(atlas, customs);
    release_font_files(atlas);
    return built || build_without_fonts(atlas, scale);
}

// A broken override font: ImGui's own font, so the window still works and says why.
bool FontAtlas::build_without_fonts(ImFontAtlas& atlas, float scale) {
    atlas.Clear();
    problem_ = "font: FreeType could not use the font file";
    regular_ = {};
    bold_ = {};
    static const unsigned short ascii[] = {0x20, 0x7E, 0};
    fonts_.ui = add_face(atlas, regular_, 0, kUiFontPx * scale, false, false, ascii);
    fonts_.chart = add_face(atlas, regular_, 0, kChartFontPx * scale, false, false, ascii);
    fonts_.chart_bold = fonts_.chart;
    return atlas.Build();
}

}  // namespace mandalart::ui
