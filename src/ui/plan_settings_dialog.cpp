#include "ui/plan_settings_dialog.hpp"

#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/labels.hpp"
#include "ui/hit_targets.hpp"
#include "ui/keys.hpp"
#include "ui/modal.hpp"
#include "ui/strings.hpp"
#include "ui/text_input.hpp"

namespace mandalart::ui {
namespace {

std::string week_label(int year, int week, Language l) {
    return format_week({year, week}) + "   " + week_range_label({year, week}, l);
}

}  // namespace

void PlanSettingsDialog::open(const Plan& plan) {
    title_ = plan.title;
    retitled_.clear();
    clamped_ = false;
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
    bool year_stepped = ImGui::Button("-##year-down");
    mark_target("plan-year-down");
    if (year_stepped) --year_;
    ImGui::SameLine();
    ImGui::SetNextItemWidth(field * 0.3f);
    const bool year_typed = ImGui::InputInt("##year", &year_, 0, 0);
    ImGui::SameLine();
    if (ImGui::Button("+##year-up")) {
        ++year_;
        year_stepped = true;
    }
    mark_target("plan-year-up");
    if (year_stepped || year_typed) {
        year_ = std::clamp(year_, kMinYear, kMaxYear);
        year_changed(ctx);
    }
    ImGui::EndDisabled();
    if (year_fixed) ImGui::TextDisabled("%s", tr(Str::PlanYearLocked, l));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + field);
    if (!retitled_.empty() && title_ == retitled_) ImGui::TextDisabled("%s", tr(Str::PlanTitleFollowsYear, l));
    if (clamped_) {
        char line[256];
        std::snprintf(line, sizeof line, tr(Str::PlanStartClampedFormat, l), format_week({year_, start_}).c_str());
        ImGui::TextDisabled("%s", line);
    }
    ImGui::PopTextWrapPos();

    ImGui::Spacing();
    draw_start(ctx, plan);
    ImGui::EndDisabled();

    ImGui::Spacing();
    ImGui::Separator();
    const SetPlanSettings edit{title_, year_, start_};
    const bool valid = !read_only && check_edit(plan, edit).empty();
    ImGui::BeginDisabled(!valid);
    const bool apply = ImGui::Button(tr(Str::PlanApply, l));
    mark_target("plan-apply");
    if (apply || (valid && enter_pressed() && ImGui::IsWindowFocused() && !ImGui::IsAnyItemActive())) {
        out.edits.push_back(edit);
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::DialogCancel, l)) || pressed(Key::Escape, false)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// The start and the title follow the year from what the plan holds, so stepping the year up and
// back gives what was there.
void PlanSettingsDialog::year_changed(const ViewContext& ctx) {
    const Plan& plan = ctx.document.plan();
    const MovedStart moved = start_in_year(plan.year, plan.start, year_, ctx.today);
    start_ = moved.week;
    clamped_ = moved.clamped;
    const std::string current = title_;
    if (current != plan.title && current != retitled_) return;  // the user's own title
    const std::string renamed = year_ == plan.year ? plan.title : title_for_year(plan.title, plan.year, year_);
    if (renamed.empty()) return;
    title_ = renamed;
    retitled_ = year_ == plan.year ? std::string{} : title_;
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
