// Where the UI takes text (so the input method is focused only there), and a composition shown
// and committed in place; headless, through the real App.
#include <catch2/catch.hpp>

#include "app_fixture.hpp"
#include "core/example_plan.hpp"
#include "ui/text_input.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

bool takes_text() { return ui::text_input().request.wanted; }

struct Composing {
    explicit Composing(const std::string& text) { ui::text_input().composition = ui::Composition{text, static_cast<int>(text.size())}; }
    ~Composing() { ui::text_input().composition = {}; }
};

}  // namespace

TEST_CASE("A selected chart cell takes text; the check-in list does not; the week note does") {
    AppFixture f(make_example_plan(2026));
    CHECK(takes_text());
    const ImVec2 caret = ui::text_input().request.caret;
    f.ui->key(Key::Right);
    CHECK(takes_text());
    CHECK(ui::text_input().request.caret.x > caret.x);  // the caret follows the selection
    f.ui->key(Key::Num2, true);
    REQUIRE(f.app->tab() == ui::Tab::CheckIn);
    CHECK_FALSE(takes_text());  // Space, N, S, +/- are commands here
    f.ui->key(Key::N);
    CHECK(takes_text());  // the week note
    f.ui->key(Key::Escape);
    CHECK_FALSE(takes_text());
}

TEST_CASE("The first jamo composed on a selected cell starts its edit, replacing the text") {
    AppFixture f(make_example_plan(2026));
    {
        Composing jamo("ㄱ");
        f.ui->frames(2);
        CHECK(f.app->chart().editing());
        CHECK(f.app->chart().editor().text().empty());  // the cell's old text is replaced
        CHECK(takes_text());
    }
    f.ui->type("가");  // the input method commits the syllable
    f.ui->key(Key::Enter);
    CHECK(f.plan().text_at(CellAddress::core()) == "가");
}

TEST_CASE("Ctrl+S saves an edit still open in a cell") {
    AppFixture f(make_example_plan(2026));
    f.ui->key(Key::Enter);
    f.ui->type(" 더");
    REQUIRE(f.app->chart().editing());
    f.ui->key(Key::S, true);
    CHECK_FALSE(f.app->document().dirty());
    const LoadedPlan saved = load_plan_file(f.path);
    REQUIRE(saved.error.empty());
    CHECK(saved.plan.text_at(CellAddress::core()) == make_example_plan(2026).text_at(CellAddress::core()) + " 더");
}

// Typed fast, the next word's first key follows Tab within a few frames: if the UI stopped taking
// text for the one frame in which the edit ends, the input method would be focused out and in
// again, and that key would arrive before it is ready and be typed as a Latin letter.
TEST_CASE("Leaving a word by Tab, Enter or a click on another cell keeps taking text in every frame") {
    for (const Key leave : {Key::Tab, Key::Enter}) {
        INFO("leaving by key " << ui::key_index(leave));
        AppFixture f(make_example_plan(2026));
        f.ui->type("가");  // typing on the selected core starts its edit
        REQUIRE(f.app->chart().editing());
        ImGuiIO& io = ImGui::GetIO();
        io.AddKeyEvent(ui::imgui_key(leave), true);
        for (int frame = 0; frame < 4; ++frame) {
            f.ui->frame();
            if (frame == 0) io.AddKeyEvent(ui::imgui_key(leave), false);
            INFO("frame " << frame);
            CHECK(takes_text());
        }
        CHECK_FALSE(f.app->chart().editing());
        CHECK(f.plan().text_at(CellAddress::core()) == "가");
    }
}

TEST_CASE("A click on another cell ends the edit there and takes text in every frame, at the clicked cell") {
    AppFixture f(make_example_plan(2026));
    f.ui->type("가");
    REQUIRE(f.app->chart().editing());
    const ui::ChartGeometry& g = f.app->chart().geometry();
    ImGuiIO& io = ImGui::GetIO();
    io.AddMousePosEvent((g.cell_min({0, 0}).x + g.cell_max({0, 0}).x) / 2, (g.cell_min({0, 0}).y + g.cell_max({0, 0}).y) / 2);
    f.ui->frame();
    io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
    for (int frame = 0; frame < 4; ++frame) {
        f.ui->frame();
        if (frame == 0) io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        INFO("frame " << frame);
        CHECK(takes_text());
    }
    CHECK_FALSE(f.app->chart().editing());
    CHECK(f.plan().text_at(CellAddress::core()) == "가");
    CHECK(ui::text_input().request.caret.x == g.cell_min({0, 0}).x);  // where the next word goes
}

// A fast typist leaves words every way; each word lands in its own cell (the e2e test types the
// same through real input methods).
TEST_CASE("Words left by Esc, typing straight on, Tab and clicks on other cells each land in their cell") {
    AppFixture f(make_example_plan(2026));
    const ui::ChartGeometry& g = f.app->chart().geometry();
    auto click = [&](GridPos p) {
        ImGuiIO& io = ImGui::GetIO();
        io.AddMousePosEvent((g.cell_min(p).x + g.cell_max(p).x) / 2, (g.cell_min(p).y + g.cell_max(p).y) / 2);
        f.ui->frame();
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
        f.ui->frame();
        io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
        f.ui->frame();
    };
    auto word = [&](const char* first, const char* rest) {
        { Composing c(first); f.ui->frames(1); }
        f.ui->type(rest);
    };
    word("ㅇ", "운동");
    f.ui->key(Key::Escape);
    word("ㅈ", "저축");
    f.ui->key(Key::Tab);
    click({6, 0});
    word("ㄱ", "가족");
    click({8, 2});
    word("ㅇ", "여행");
    f.ui->key(Key::Enter);
    CHECK(f.plan().text_at(CellAddress::core()) == "저축");  // 운동 was dropped by Esc
    CHECK(f.plan().text_at(address_at({6, 0})) == "가족");
    CHECK(f.plan().text_at(address_at({8, 2})) == "여행");
}
