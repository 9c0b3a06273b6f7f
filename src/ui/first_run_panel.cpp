#include "ui/first_run_panel.hpp"

#include <cstdio>
#include <string>

#include <imgui.h>

#include "ui/keys.hpp"
#include "ui/modal.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {
namespace {

std::string year_label(Str format, int year, Language language) {
    char label[128];
    std::snprintf(label, sizeof label, tr(format, language), year);
    return label;
}

}  // namespace

void FirstRunPanel::draw(const ViewContext& ctx, const FirstRun* first, UiOutput& out) {
    const Language l = ctx.language;
    const std::string id = std::string(tr(Str::FirstRunTitle, l)) + "###first-run";
    if (!begin_modal(id.c_str(), open_, first != nullptr)) return;
    const int this_year = first->this_year, next_year = first->this_year + 1;
    if (pressed(Key::Left) || pressed(Key::Right)) year_ = year_ == next_year ? this_year : next_year;
    if (pressed(Key::Up) || pressed(Key::Down)) example_ = !example_;

    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width());
    // The choices' circles in the buttons' colour: a frame's own is the popup's in the light theme.
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::GetStyleColorVec4(ImGuiCol_Button));
    ImGui::TextUnformatted(tr(Str::FirstRunWhichYear, l));
    // The default first: next year in December, this year otherwise.
    const bool next_first = first->default_year == next_year;
    const int years[2] = {next_first ? next_year : this_year, next_first ? this_year : next_year};
    for (const int year : years) {
        const std::string label = year_label(year == next_year ? Str::FirstRunNextYearFormat : Str::FirstRunThisYearFormat, year, l);
        if (ImGui::RadioButton(label.c_str(), year_ == year)) year_ = year;
        if (year == years[0]) ImGui::SameLine();
    }
    ImGui::Spacing();
    ImGui::TextUnformatted(tr(Str::FirstRunHowToStart, l));
    if (ImGui::RadioButton(tr(Str::FirstRunEmpty, l), !example_)) example_ = false;
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(Str::FirstRunExample, l), example_)) example_ = true;
    ImGui::PopStyleColor();
    ImGui::TextDisabled("%s", year_label(Str::FirstRunFileFormat, year_, l).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const std::string start = year_label(Str::FirstRunStartFormat, year_, l);
    choice(start.c_str(), cmd::StartFirstPlan{year_, example_}, out, "first-run-start");
    if (enter_pressed()) {
        out.command(cmd::StartFirstPlan{year_, example_});
        ImGui::CloseCurrentPopup();
    }
    beside_if_fits(tr(Str::DamagedOpenOther, l));
    choice(tr(Str::DamagedOpenOther, l), cmd::Open{}, out, "first-run-open");
    ImGui::TextDisabled("%s", tr(Str::FirstRunKeys, l));
    ImGui::EndPopup();
}

}  // namespace mandalart::ui
