// The font chain finds faces for what the Korean font lacks, and the PNG export draws them.
// (scripts/deps.sh installs fonts-nanum, fonts-noto-cjk, fonts-noto-color-emoji and fonts-symbola.)
#include <catch2/catch.hpp>

#include "core/chart_picture.hpp"
#include "fonts/font_chain.hpp"
#include "fonts/glyph_raster.hpp"
#include "export/png_chart.hpp"
#include "export/svg_chart.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;

TEST_CASE("the chain: Hangul from the Korean face, Chinese and emoji from fallbacks, nothing for an unknown character", "[linux]") {
    FontChain chain;
    REQUIRE(chain.primary() != nullptr);
    CHECK(chain.face_for(U'한') == chain.primary());
    const FontFace* chinese = chain.face_for(U'汉');
    REQUIRE(chinese != nullptr);
    const FontFace* emoji = chain.face_for(U'🏃');
    REQUIRE(emoji != nullptr);
    CHECK(emoji->colour);  // a colour face first for emoji
    CHECK(chain.face_for(U'\U0010FFFD') == nullptr);
    CHECK_FALSE(chain.fallbacks_used().empty());
}

TEST_CASE("the rasteriser draws outlines and colour emoji at the size asked", "[linux]") {
    FontChain chain;
    GlyphRasteriser raster;
    const GlyphImage han = raster.render(*chain.face_for(U'汉'), U'汉', 26);
    CHECK(han.width > 10);
    CHECK_FALSE(han.colour);
    const GlyphImage runner = raster.render(*chain.face_for(U'🏃'), U'🏃', 24);
    CHECK(runner.colour);
    CHECK(runner.height <= 25);
    CHECK(runner.height >= 20);
    bool coloured = false;  // some pixel is neither grey nor transparent
    for (std::size_t i = 0; i + 3 < runner.rgba.size(); i += 4)
        coloured = coloured || (runner.rgba[i + 3] > 0 && (runner.rgba[i] != runner.rgba[i + 1] || runner.rgba[i + 1] != runner.rgba[i + 2]));
    CHECK(coloured);
    CHECK(replacement_box(20).width > 0);
}

TEST_CASE("two plans whose core goals are 学习 and 汉级 make different pictures", "[linux]") {
    TempFolder dir;
    std::string bytes[2];
    const char* cores[2] = {"学习", "汉级"};
    for (int i = 0; i < 2; ++i) {
        Plan plan = make_blank_plan(2026);
        plan.core = cores[i];
        const std::string path = dir.file("p" + std::to_string(i) + ".png");
        REQUIRE(write_chart_png(make_chart_picture(plan, nullptr, 800), path, real_file_system()).empty());
        bytes[i] = read_all(path);
    }
    CHECK(bytes[0] != bytes[1]);  // boxes for both would be identical
}

TEST_CASE("the SVG names the fallback families its characters need") {
    Plan plan = make_blank_plan(2026);
    plan.core = "🏃 달리기";
    const std::string svg = chart_svg(plan, nullptr, Paper::A4);
    CHECK(svg.find("'Noto Color Emoji'") != std::string::npos);
    CHECK(svg.find("NanumGothic") != std::string::npos);
}
