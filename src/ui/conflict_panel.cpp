#include "ui/conflict_panel.hpp"

#include <cstdio>

#include <imgui.h>

#include "core/labels.hpp"

#include "ui/hit_targets.hpp"
#include "ui/keys.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {
namespace {

// One side's value: its colour as a swatch, an empty value said so, text wrapped.
void draw_value(const Conflict& conflict, const std::string& value, float wrap_at, Language l) {
    if (value.empty()) {
        ImGui::TextDisabled("%s", tr(Str::ConflictEmptyValue, l));
        return;
    }
    if (conflict.field == ConflictField::GoalColour) {
        if (const auto colour = parse_colour(value)) {
            const ImVec4 c(colour->r / 255.0f, colour->g / 255.0f, colour->b / 255.0f, 1.0f);
            ImGui::ColorButton("##swatch", c, ImGuiColorEditFlags_NoTooltip, ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
            ImGui::SameLine();
        }
    }
    // A target reads as the chart shows it ("주 3회"), not as the file writes it.
    const auto target = conflict.field == ConflictField::ActionTarget ? parse_target(value).target : std::nullopt;
    ImGui::PushTextWrapPos(wrap_at);
    ImGui::TextUnformatted((target ? target_label(*target, l) : value).c_str());
    ImGui::PopTextWrapPos();
}

}  // namespace

std::string conflict_place_label(const Plan& plan, const Conflict& c, Language l) {
    const auto [n, m] = conflict_position(plan, c);
    char line[256];
    switch (c.field) {
        case ConflictField::Title: return tr(Str::PlaceTitle, l);
        case ConflictField::Core: return tr(Str::PlaceCore, l);
        case ConflictField::Start: return tr(Str::PlaceStart, l);
        case ConflictField::Reflection: return tr(Str::PlaceReflection, l);
        case ConflictField::GoalText: std::snprintf(line, sizeof line, tr(Str::PlaceGoalFormat, l), n); break;
        case ConflictField::GoalColour: std::snprintf(line, sizeof line, tr(Str::PlaceGoalColourFormat, l), n); break;
        case ConflictField::GoalReflection: std::snprintf(line, sizeof line, tr(Str::PlaceGoalReflectionFormat, l), n); break;
        case ConflictField::ActionText: std::snprintf(line, sizeof line, tr(Str::PlaceActionFormat, l), n, m); break;
        case ConflictField::ActionTarget: std::snprintf(line, sizeof line, tr(Str::PlaceActionTargetFormat, l), n, m); break;
        case ConflictField::ActionNote: std::snprintf(line, sizeof line, tr(Str::PlaceActionNoteFormat, l), n, m); break;
        case ConflictField::WeekNote:
            std::snprintf(line, sizeof line, tr(Str::PlaceWeekNoteFormat, l), format_week({plan.year, c.week}).c_str());
            break;
    }
    return line;
}

void ConflictPanel::draw(const ViewContext& ctx, UiOutput& out) {
    if (!open_) return;
    const Language l = ctx.language;
    const float s = ctx.scale;
    const Plan& plan = ctx.document.plan();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    // As tall as its conflicts, up to most of the window (then it scrolls); one width, for wrapping.
    const float width = std::min(620.0f * s, viewport->WorkSize.x - 24.0f * s);
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, viewport->WorkSize.y * 0.8f));
    if (appearing_) {
        ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f, viewport->WorkPos.y + viewport->WorkSize.y * 0.5f),
                                ImGuiCond_Always, ImVec2(0.5f, 0.5f));
        ImGui::SetNextWindowFocus();
        appearing_ = false;
    }
    const std::string id = std::string(tr(Str::ConflictsTitle, l)) + "###conflicts";
    if (!ImGui::Begin(id.c_str(), &open_, ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize)) {
        ImGui::End();
        return;
    }
    const float wrap = ImGui::GetContentRegionAvail().x;
    if (!plan.conflicts.empty()) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
        ImGui::TextUnformatted(tr(Str::ConflictsIntro, l));
        ImGui::PopTextWrapPos();
        ImGui::Spacing();
    } else {
        ImGui::TextDisabled("%s", tr(Str::ConflictsNone, l));
        ImGui::Spacing();
        if (ImGui::Button(tr(Str::Close, l))) open_ = false;
    }
    const float label_width = ImGui::CalcTextSize(tr(Str::ConflictMine, l)).x;
    const float theirs_width = ImGui::CalcTextSize(tr(Str::ConflictTheirs, l)).x;
    const float column = std::max(label_width, theirs_width) + 16.0f * s;
    for (std::size_t i = 0; i < plan.conflicts.size(); ++i) {
        const Conflict& c = plan.conflicts[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Separator();
        ImGui::TextUnformatted(conflict_place_label(plan, c, l).c_str());
        const float right = ImGui::GetCursorPosX() + wrap;
        for (const bool theirs : {false, true}) {
            ImGui::TextDisabled("%s", tr(theirs ? Str::ConflictTheirs : Str::ConflictMine, l));
            ImGui::SameLine(column);
            ImGui::PushID(theirs ? "t" : "m");
            draw_value(c, theirs ? c.theirs : conflict_value(plan, c).value_or(""), right, l);
            ImGui::PopID();
        }
        if (ImGui::Button(tr(Str::ConflictKeepMine, l))) out.edits.push_back(ResolveConflict{i, false});
        mark_target("conflict-keep-" + std::to_string(i));
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::ConflictTakeTheirs, l))) out.edits.push_back(ResolveConflict{i, true});
        mark_target("conflict-take-" + std::to_string(i));
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) && pressed(Key::Escape, false)) open_ = false;
    ImGui::End();
}

}  // namespace mandalart::ui
