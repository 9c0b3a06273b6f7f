#include <catch2/catch.hpp>
#include <imgui.h>

#include "ui/font_library.hpp"
#include "ui/headless_textures.hpp"
#include "ui/text_fit.hpp"

using namespace mandalart;

TEST_CASE("text that does not fit wraps and shrinks until it does") {
    ImGui::CreateContext();
    ui::start_headless_textures(ImGui::GetIO());
    ui::FontLibrary fonts;
    fonts.load(*ImGui::GetIO().Fonts, "");
    const std::string long_text = "아주 긴 실천 항목은 여러 줄로 접히고 글자가 작아져서 칸 안에 들어가야 합니다";
    CHECK(fonts.has_korean());
    ImFont& font = *fonts.fonts(1.0f).chart;
    const ImVec2 box(120, 70);
    const ui::FittedText short_fit = ui::fit_text(font, "운동", box, 20, 10);
    CHECK(short_fit.size == 20);
    CHECK(short_fit.lines.size() == 1);
    const ui::FittedText fit = ui::fit_text(font, long_text, box, 20, 8);
    CHECK(fit.fits);
    CHECK(fit.size < 20);
    CHECK(fit.lines.size() > 2);
    CHECK(fit.line_height * static_cast<float>(fit.lines.size()) <= box.y);
    std::string joined;
    for (const auto& [b, e] : fit.lines) {
        CHECK(font.CalcTextSizeA(fit.size, FLT_MAX, 0, long_text.data() + b, long_text.data() + e).x <= box.x + 0.5f);
        joined += long_text.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(e - b));
    }
    std::string without_spaces = long_text;
    std::erase(without_spaces, ' ');
    std::erase(joined, ' ');
    CHECK(joined == without_spaces);  // nothing is cut off
    ImGui::DestroyContext();
}
