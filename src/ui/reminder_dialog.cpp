#include "ui/reminder_dialog.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include <imgui.h>

#include "core/labels.hpp"
#include "ui/hit_targets.hpp"
#include "ui/keys.hpp"
#include "ui/modal.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {

void ReminderDialog::draw(const ViewContext& ctx, UiOutput& out) {
    const Language l = ctx.language;
    const std::string id = std::string(tr(Str::ReminderTitle, l)) + "###reminder";
    if (!begin_modal(id.c_str(), open_)) return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width());
    ImGui::TextDisabled("%s", tr(Str::ReminderExplain, l));
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::GetStyleColorVec4(ImGuiCol_Button));
    ImGui::Checkbox(tr(Str::ReminderOn, l), &on_);
    mark_target("reminder-on");
    ImGui::BeginDisabled(!on_);
    ImGui::SetNextItemWidth(140.0f * ctx.scale);
    if (ImGui::BeginCombo("##weekday", weekday_name(weekday_, l).c_str())) {
        for (int d = 1; d <= 7; ++d)
            if (ImGui::Selectable(weekday_name(d, l).c_str(), d == weekday_)) weekday_ = d;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(90.0f * ctx.scale);
    const int one = 1, five = 5, ten = 10;
    ImGui::InputScalar("##hour", ImGuiDataType_S32, &hour_, &one, &one, "%02d");
    ImGui::SameLine();
    ImGui::TextUnformatted(":");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(90.0f * ctx.scale);
    ImGui::InputScalar("##minute", ImGuiDataType_S32, &minute_, &five, &ten, "%02d");
    hour_ = std::clamp(hour_, 0, 23);
    minute_ = std::clamp(minute_, 0, 59);
    ImGui::EndDisabled();
    ImGui::PopStyleColor();
    ImGui::Spacing();
    ImGui::Separator();
    const bool apply = ImGui::Button(tr(Str::PlanApply, l));
    mark_target("reminder-apply");
    if (apply || (enter_pressed() && !ImGui::IsAnyItemActive())) {
        out.command(cmd::SetReminder{on_, weekday_, hour_, minute_});
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button(tr(Str::DialogCancel, l)) || pressed(Key::Escape, false)) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace mandalart::ui
