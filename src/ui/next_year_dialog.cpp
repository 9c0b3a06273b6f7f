#include "ui/next_year_dialog.hpp"

#include <cstdio>
#include <string>

#include <imgui.h>

#include "ui/hit_targets.hpp"
#include "ui/keys.hpp"
#include "ui/modal.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {
namespace {

constexpr Carry kChoices[] = {Carry::Unfinished, Carry::All, Carry::Empty};

Str label_of(Carry carry) {
    switch (carry) {
        case Carry::Unfinished: return Str::NextYearCarryUnfinished;
        case Carry::All: return Str::NextYearCarryAll;
        case Carry::Empty: return Str::NextYearCarryEmpty;
    }
    return Str::NextYearCarryUnfinished;
}

const char* target_of(Carry carry) {
    switch (carry) {
        case Carry::Unfinished: return "next-year-unfinished";
        case Carry::All: return "next-year-all";
        case Carry::Empty: return "next-year-empty";
    }
    return "";
}

}  // namespace

void NextYearDialog::draw(const ViewContext& ctx, UiOutput& out) {
    const Language l = ctx.language;
    const int year = ctx.document.plan().year + 1;
    char title[128];
    std::snprintf(title, sizeof title, tr(Str::NextYearTitleFormat, l), year);
    const std::string id = std::string(title) + "###next-year";
    if (!begin_modal(id.c_str(), open_)) return;
    std::size_t chosen = 0;
    while (kChoices[chosen] != carry_) ++chosen;
    if (pressed(Key::Down)) carry_ = kChoices[(chosen + 1) % std::size(kChoices)];
    if (pressed(Key::Up)) carry_ = kChoices[(chosen + std::size(kChoices) - 1) % std::size(kChoices)];

    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width());
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::GetStyleColorVec4(ImGuiCol_Button));
    ImGui::TextUnformatted(tr(Str::NextYearWhatToCarry, l));
    for (const Carry carry : kChoices) {
        if (ImGui::RadioButton(tr(label_of(carry), l), carry_ == carry)) carry_ = carry;
        mark_target(target_of(carry));
    }
    ImGui::TextDisabled("%s", tr(Str::NextYearMilestonesNote, l));
    ImGui::Spacing();
    ImGui::Checkbox(tr(Str::NextYearKeepColours, l), &keep_colours_);
    mark_target("next-year-colours");
    ImGui::Checkbox(tr(Str::NextYearReflectionsBeside, l), &reflections_beside_);
    mark_target("next-year-reflections");
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    char start[128];
    std::snprintf(start, sizeof start, tr(Str::NextYearStartFormat, l), year);
    choice(start, cmd::StartNextYear{carry_, keep_colours_, reflections_beside_}, out, "next-year-start");
    if (enter_pressed()) {
        out.command(cmd::StartNextYear{carry_, keep_colours_, reflections_beside_});
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::DialogCancel, l)) || pressed(Key::Escape, false)) ImGui::CloseCurrentPopup();
    ImGui::TextDisabled("%s", tr(Str::NextYearKeys, l));
    ImGui::EndPopup();
}

}  // namespace mandalart::ui
