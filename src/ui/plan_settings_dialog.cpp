#include "ui/plan_settings_dialog.hpp"

#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/labels.hpp"
#include "ui/keys.hpp"
#include "ui/modal.hpp"
#include "ui/stand_ins.hpp"
#include "ui/strings.hpp"
#include "ui/text_input.hpp"

namespace mandalart::ui {
namespace {

std::string week_label(int year, int week, Language l) {
    return format_week({year, week}) + "   " + week_range_label({year, week}, l);
}

}  // namespace

void PlanSettingsDialog::open(const Plan& plan) {
    title_ = to_imgui(plan.title);
    year_ = plan.year;
    start_ = plan.start;
    open_request_ = true;
    focus_title_ = true;
}

void PlanSettingsDialog::draw(const ViewContext& ctx, UiOutput& out) {
    const Language l = ctx.language;
    const Plan& plan = ctx.document.plan();
    const std::string id = std::string(tr(Str::PlanSettingsTitle, l)) + "###plan_settings";
    visible_ = begin_modal(id.c_str(), open_request_);
    if (!visible_) return;
    const float s = ctx.scale, field = 360.0f * s;
    const bool read_only = ctx.document.read_only();
    ImGui::BeginDisabled(read_only);

    ImGui::TextUnformatted(tr(Str::PlanTitle, l));
    ImGui::SetNextItemWidth(field);
    if (focus_title_) ImGui::SetKeyboardFocusHere();
    focus_title_ = false;
    ImGui::InputTextWithHint("##title", default_title(year_, l).c_str(), &title_);
    text_field_input();

    ImGui::Spacing();
    ImGui::TextUnformatted(tr(Str::PlanYear, l));
    const bool year_fixed = !weeks_with_check_ins(plan).empty();
    ImGui::BeginDisabled(year_fixed);
    ImGui::SetNextItemWidth(field * 0.5f);
    if (ImGui::InputInt("##year", &year_, 1, 1)) {
        year_ = std::clamp(year_, kMinYear, kMaxYear);
        start_ = std::min(start_, weeks_in_iso_year(year_));
    }
    ImGui::EndDisabled();
    if (year_fixed) ImGui::TextDisabled("%s", tr(Str::PlanYearLocked, l));

    ImGui::Spacing();
    draw_start(ctx, plan);
    ImGui::EndDisabled();

    ImGui::Spacing();
    ImGui::Separator();
    const SetPlanSettings edit{from_imgui(title_), year_, start_};
    const bool valid = !read_only && check_edit(plan, edit).empty();
    ImGui::BeginDisabled(!valid);
    if (ImGui::Button(tr(Str::PlanApply, l)) || (valid && enter_pressed() && ImGui::IsWindowFocused() && !ImGui::IsAnyItemActive())) {
        out.edits.push_back(edit);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::DialogCancel, l)) || pressed(Key::Escape, false)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void PlanSettingsDialog::draw_start(const ViewContext& ctx, const Plan& plan) {
    const Language l = ctx.language;
    ImGui::TextUnformatted(tr(Str::PlanStart, l));
    // The start cannot pass the first week that holds check-ins (they would fall before it).
    const std::vector<int> checked = year_ == plan.year ? weeks_with_check_ins(plan) : std::vector<int>{};
    const int latest = checked.empty() ? weeks_in_iso_year(year_) : checked.front();
    ImGui::SetNextItemWidth(360.0f * ctx.scale);
    if (ImGui::BeginCombo("##start", week_label(year_, start_, l).c_str(), ImGuiComboFlags_HeightLarge)) {
        for (int w = 1; w <= weeks_in_iso_year(year_); ++w) {
            const bool chosen = w == start_;
            const ImGuiSelectableFlags flags = w > latest ? ImGuiSelectableFlags_Disabled : 0;
            if (ImGui::Selectable(week_label(year_, w, l).c_str(), chosen, flags)) start_ = w;
            if (chosen) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + 360.0f * ctx.scale);
    ImGui::TextDisabled("%s", tr(Str::PlanStartHint, l));
    if (!checked.empty()) {
        char line[256];
        std::snprintf(line, sizeof line, tr(Str::PlanStartLimitFormat, l), format_week({plan.year, latest}).c_str());
        ImGui::TextDisabled("%s", line);
    }
    ImGui::PopTextWrapPos();
}

}  // namespace mandalart::ui
