// Every character a user writes survives the editor and is drawn: emoji beyond the 16-bit range
// of the packaged ImGui, Hanja and Simplified Chinese, symbols; none of them becomes "?".
#include <catch2/catch.hpp>
#include <imgui_internal.h>

#include "app_fixture.hpp"
#include "core/layout.hpp"
#include "ui/glyph_set.hpp"
#include "ui/strings.hpp"
#include "ui/stand_ins.hpp"

using namespace mandalart;
using namespace mandalart::testing;

TEST_CASE("stand-ins carry characters beyond 16 bits through ImGui and back") {
    const std::string text = "🏃 달리기 \U000F0001 ☕";  // an emoji, Hangul, a supplementary private-use character, a BMP symbol
    const std::string inside = ui::to_imgui(text);
    for (const char32_t c : decode_utf8(inside)) CHECK(c <= 0xFFFF);
    CHECK(ui::from_imgui(inside) == text);
    CHECK(ui::to_imgui("성장하는 개발자") == "성장하는 개발자");
    CHECK(ui::stand_in(U'🏃') == ui::stand_in(U'🏃'));
    CHECK(ui::stood_for(ui::stand_in(U'🏃')) == U'🏃');
    // A character of the stand-ins' own block that the user wrote is stood in for too.
    const std::string yi = "\uA000\uA001";
    CHECK(ui::to_imgui(yi) != yi);
    CHECK(ui::from_imgui(ui::to_imgui(yi)) == yi);
}

TEST_CASE("editing a cell that holds emoji keeps them, and typed emoji arrive") {
    Plan plan = make_blank_plan(2026);
    plan.core = "🏃 달리기 ☕ 学习";
    AppFixture f(plan);
    f.ui->key(Key::Enter);
    REQUIRE(f.app->chart().editing());
    f.ui->type(ui::to_imgui("!✨🎯"));  // the platform's input queue hands ImGui stand-ins
    f.ui->key(Key::Enter);
    CHECK(f.plan().core == "🏃 달리기 ☕ 学习!✨🎯");
}

TEST_CASE("no character of the plan is drawn as ImGui's '?' or U+FFFD fallback") {
    Plan plan = make_blank_plan(2026);
    plan.core = "学习 汉级 🏃";
    plan.goal(1).text = "☕ ✨ ❤ 🎯";
    plan.action(1, 1).text = "漢字 練習";
    AppFixture f(plan);
    f.ui->frames(3);
    const ImFont* font = f.app->fonts().chart_bold;
    REQUIRE(font != nullptr);
    for (const char32_t c : decode_utf8(plan.core + plan.goal(1).text + plan.action(1, 1).text)) {
        if (c == U' ') continue;
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        const ImFontGlyph* glyph = font->FindGlyphNoFallback(static_cast<ImWchar>(ui::stand_in(c)));
        REQUIRE(glyph != nullptr);
        CHECK(glyph->AdvanceX > 0);
        CHECK(glyph->Visible);
    }
}

TEST_CASE("a character that no installed font has is a box, named once in the banner") {
    Plan plan = make_blank_plan(2026);
    plan.core = "목표 \U0010FFFD";
    AppFixture f(plan);
    f.ui->frames(3);
    CHECK(f.app->notice().find("U+10FFFD") != std::string::npos);
    const ImFontGlyph* box = f.app->fonts().chart_bold->FindGlyphNoFallback(static_cast<ImWchar>(ui::stand_in(U'\U0010FFFD')));
    REQUIRE(box != nullptr);
    CHECK(box->Visible);
    CHECK(box->AdvanceX > 0);
}

TEST_CASE("every UI string of both languages is in the atlas whatever the plan holds") {
    const ui::GlyphSet glyphs;
    for (const char32_t c : decode_utf8("한국어 English 만다라트 주간 체크인 연말 회고 계획 설정")) CHECK(glyphs.contains(c));
    for (const char32_t c : decode_utf8(ui::tr(ui::Str::KeysChart, Language::English))) CHECK(glyphs.contains(c) == (c >= 0x20));
    CHECK_FALSE(glyphs.contains(U'\n'));  // the strings' line breaks and tabs are not glyphs
    CHECK_FALSE(glyphs.contains(U'\t'));
    AppFixture f(make_blank_plan(2026));  // a plan without 국
    f.ui->frames(2);
    CHECK(f.app->fonts().ui->FindGlyphNoFallback(static_cast<ImWchar>(U'국')) != nullptr);
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
    ImGui::GetIO().MousePos = ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2);
    f.ui->frames(3);
    const ImGuiWindow* tooltip = ImGui::FindWindowByName("##Tooltip_00");
    REQUIRE(tooltip != nullptr);
    CHECK(tooltip->Active);
}
