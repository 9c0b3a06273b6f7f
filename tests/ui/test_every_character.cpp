// Every character a user writes survives the editor and is drawn: emoji beyond U+FFFF (ImGui is
// built with 32-bit characters), Hanja and Simplified Chinese, symbols; none of them becomes "?".
// Glyphs load when first drawn, at the size drawn (Dear ImGui 1.92's dynamic atlas).
#include <catch2/catch.hpp>
#include <imgui_internal.h>

#include <fstream>

#include "app_fixture.hpp"
#include "core/layout.hpp"
#include "fonts/remembered_faces.hpp"
#include "ui/font_library.hpp"
#include "ui/headless_textures.hpp"
#include "ui/strings.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

// The glyph the chart drew for `c` in the core goal's cell, at the size it was drawn.
ImFontGlyph* drawn_glyph(AppFixture& f, char32_t c) {
    const float size = f.app->chart().painter().last_layout(CellAddress::core()).size;
    ImFontBaked* baked = f.app->fonts().chart_bold->GetFontBaked(size);
    return baked->IsGlyphLoaded(static_cast<ImWchar>(c)) ? baked->FindGlyphNoFallback(static_cast<ImWchar>(c)) : nullptr;
}

}  // namespace

TEST_CASE("ImGui holds characters beyond U+FFFF as themselves") {
    STATIC_REQUIRE(sizeof(ImWchar) == 4);
    Plan plan = make_blank_plan(2026);
    plan.core = "\uA000\uA001";  // Yi syllables, which the 16-bit build once borrowed for emoji
    AppFixture f(plan);
    f.ui->key(Key::Enter);
    REQUIRE(f.app->chart().editing());
    f.ui->type("🏃\U000F0001");  // an emoji and a supplementary private-use character
    f.ui->key(Key::Enter);
    CHECK(f.plan().core == "\uA000\uA001🏃\U000F0001");
}

TEST_CASE("editing a cell that holds emoji keeps them, and typed emoji arrive") {
    Plan plan = make_blank_plan(2026);
    plan.core = "🏃 달리기 ☕ 学习";
    AppFixture f(plan);
    f.ui->key(Key::Enter);
    REQUIRE(f.app->chart().editing());
    f.ui->type("!✨🎯");
    f.ui->key(Key::Enter);
    CHECK(f.plan().core == "🏃 달리기 ☕ 学习!✨🎯");
}

TEST_CASE("every character of the plan is drawn from a font at the size shown: none is '?', U+FFFD or a box", "[linux]") {
    Plan plan = make_blank_plan(2026);
    plan.core = "学习 汉级 漢字 🏃 ☕ ✨";
    AppFixture f(plan);
    f.ui->frames(3);
    for (const char32_t c : decode_utf8(plan.core)) {
        if (c == U' ') continue;
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        const ImFontGlyph* glyph = drawn_glyph(f, c);
        REQUIRE(glyph != nullptr);  // loaded for the size the cell was drawn at
        CHECK(glyph->Codepoint == c);
        CHECK(glyph->AdvanceX > 0);
        CHECK(glyph->Visible);
    }
    CHECK(f.app->notice().find("U+") == std::string::npos);  // no character was missing
    CHECK(drawn_glyph(f, U'🏃')->Colored);                      // colour emoji in colour
    CHECK_FALSE(drawn_glyph(f, U'学')->Colored);
}

TEST_CASE("a character that no installed font has is a box, named once in the banner") {
    Plan plan = make_blank_plan(2026);
    plan.core = "목표 \U0010FFFD";
    AppFixture f(plan);
    f.ui->frames(3);
    CHECK(f.app->notice().find("U+10FFFD") != std::string::npos);
    const ImFontGlyph* box = drawn_glyph(f, U'\U0010FFFD');
    REQUIRE(box != nullptr);
    CHECK(box->Visible);
    CHECK(box->AdvanceX > 0);
    CHECK_FALSE(box->Colored);
}

TEST_CASE("every UI string of both languages is drawn from the installed fonts, whatever the plan holds") {
    AppFixture f(make_blank_plan(2026));
    f.ui->frames(2);
    std::u32string used;
    for (const Language language : {Language::Korean, Language::English})
        for (int i = 0; i < static_cast<int>(ui::Str::Count); ++i)
            for (const char32_t c : decode_utf8(ui::tr(static_cast<ui::Str>(i), language)))
                if (c >= 0x20 && used.find(c) == std::u32string::npos) used += c;
    REQUIRE(used.size() > 300);  // the Hangul syllables of the Korean strings, ASCII, arrows, dashes
    ImFontBaked* baked = f.app->fonts().ui->GetFontBaked(f.app->fonts().ui_size);
    std::size_t drawable = 0;
    for (const char32_t c : used) drawable += baked->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr;
    CHECK(drawable == used.size());
    f.ui->frames(2);
    CHECK(f.app->notice().find("U+") == std::string::npos);  // not one of them is a box
}

TEST_CASE("a cell whose text does not fit shows it whole on hover") {
    Plan plan = make_blank_plan(2026);
    std::string long_text;
    while (count_code_points(long_text) < 190) long_text += "아주 길게 쓴 실천 항목 ";
    plan.action(1, 1).text = long_text;
    AppFixture f(plan);
    ImGui::GetIO().DisplaySize = ImVec2(800, 600);
    f.ui->frames(2);
    const GridPos pos = primary_position(CellAddress::act(1, 1));
    REQUIRE(f.app->chart().painter().last_layout(CellAddress::act(1, 1)).truncated);
    const ImVec2 min = f.app->chart().geometry().cell_min(pos), max = f.app->chart().geometry().cell_max(pos);
    ImGui::GetIO().AddMousePosEvent((min.x + max.x) / 2, (min.y + max.y) / 2);
    f.ui->frames(3);
    const ImGuiWindow* tooltip = ImGui::FindWindowByName("##Tooltip_00");
    REQUIRE(tooltip != nullptr);
    CHECK(tooltip->Active);
}

// Dear ImGui 1.92 rasterises a font at the size it is drawn: at HiDPI (Xft.dpi 144, 192) and with
// the zoom, text is drawn from glyphs made at that size, never from a smaller bitmap stretched.
TEST_CASE("at every scale and zoom, text is rasterised at the size it is shown") {
    Plan plan = make_blank_plan(2026);
    plan.core = "성장하는 개발자";
    for (const float content_scale : {1.0f, 1.5f, 2.0f})
        for (const float zoom : {1.0f, 1.3f}) {
            INFO("content scale " << content_scale << ", zoom " << zoom);
            AppFixture f(plan);
            f.app->settings().zoom = zoom;
            f.ui->content_scale = content_scale;
            f.ui->frames(3);
            const float scale = content_scale * zoom;
            CHECK(f.app->scale() == Approx(scale));
            // The menus and panels: ImGui draws them at FontSizeBase × FontScaleDpi.
            CHECK(ImGui::GetStyle().FontSizeBase * ImGui::GetStyle().FontScaleDpi == Approx(ui::kUiFontPx * scale));
            CHECK(f.app->fonts().ui_size == Approx(ui::kUiFontPx * scale));
            // The core goal's text, at its fitted size: its glyphs were made at that size.
            const float size = f.app->chart().painter().last_layout(CellAddress::core()).size;
            CHECK(size > ui::kUiFontPx * scale * 0.5f);
            const ImFontGlyph* glyph = drawn_glyph(f, U'성');
            REQUIRE(glyph != nullptr);
            CHECK(glyph->Y1 - glyph->Y0 > size * 0.6f);  // a glyph of the size drawn, not of 17 px
        }
}

// Most plans need no font but the Korean face: fontconfig is asked once, and the faces it chose
// are remembered for the next start (fonts/remembered_faces); a fallback character still finds
// its face.
TEST_CASE("the Korean face is remembered: the next start asks fontconfig only when a character needs a fallback", "[linux]") {
    mandalart::testing::TempFolder dir;
    const std::string cache = dir.file("korean-faces");
    ImGui::CreateContext();
    ui::start_headless_textures(ImGui::GetIO());
    {
        ui::FontLibrary first;
        first.load(*ImGui::GetIO().Fonts, "", cache);
        REQUIRE(first.has_korean());
        CHECK(first.fontconfig_asked());
        REQUIRE(remembered_faces(cache));
    }
    ui::FontLibrary next;
    next.load(*ImGui::GetIO().Fonts, "", cache);
    CHECK(next.has_korean());
    CHECK_FALSE(next.fontconfig_asked());
    ImFontBaked* baked = next.fonts(1.0f).ui->GetFontBaked(ui::kUiFontPx);
    REQUIRE(baked->FindGlyphNoFallback(static_cast<ImWchar>(U'한')) != nullptr);
    CHECK_FALSE(next.fontconfig_asked());  // Hangul is the Korean face's
    REQUIRE(baked->FindGlyphNoFallback(static_cast<ImWchar>(U'🏃')) != nullptr);
    CHECK(next.fontconfig_asked());  // an emoji needs the chain (the colour face)
    CHECK(next.take_missing().empty());
    ImGui::DestroyContext();
}

TEST_CASE("a plan with characters the remembered Korean face lacks asks fontconfig before the first frame") {
    mandalart::testing::TempFolder dir;
    const std::string cache = dir.file("korean-faces");
    ImGui::CreateContext();
    {
        ui::FontLibrary first;
        first.load(*ImGui::GetIO().Fonts, "", cache);
    }
    ui::FontLibrary hangul, emoji;
    hangul.load(*ImGui::GetIO().Fonts, "", cache);
    hangul.prepare_for("건강한 몸 2026 (주 3회)");
    CHECK_FALSE(hangul.fontconfig_asked());
    emoji.load(*ImGui::GetIO().Fonts, "", cache);
    emoji.prepare_for("매일 달리기 🏃");
    CHECK(emoji.fontconfig_asked());
    ImGui::DestroyContext();
}

TEST_CASE("a damaged font file is never handed to ImGui: --font falls back to the Korean face, a damaged face to ImGui's own") {
    mandalart::testing::TempFolder dir;
    const std::string garbage = dir.file("damaged.ttf");
    {
        std::ofstream out(garbage, std::ios::binary);
        for (int i = 0; i < 5000; ++i) out.put(static_cast<char>((i * 7919) & 0xFF));
    }
    ImGui::CreateContext();
    ui::start_headless_textures(ImGui::GetIO());
    ui::FontLibrary chosen;
    chosen.load(*ImGui::GetIO().Fonts, garbage, dir.file("korean-faces"));
    CHECK(chosen.has_korean());  // the installed Korean face instead
    CHECK(chosen.problem().find("FreeType could not use") != std::string::npos);
    // A remembered face that FreeType cannot use (the cache written for the damaged file itself).
    const std::string cache = dir.file("damaged-faces");
    REQUIRE(remember_faces(cache, KoreanFaces{{garbage, 0, "X", false}, {garbage, 0, "X", false}}));
    ui::FontLibrary remembered;
    remembered.load(*ImGui::GetIO().Fonts, "", cache);
    CHECK_FALSE(remembered.has_korean());
    CHECK(remembered.problem().find("FreeType could not use") != std::string::npos);
    REQUIRE(remembered.fonts(1.0f).ui != nullptr);  // ImGui's own font: the window still works
    ImGui::DestroyContext();
}
