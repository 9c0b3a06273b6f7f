#include "ui/text_input.hpp"
#include "ui/menu_bar.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include "export/pdf_chart.hpp"
#include "ui/command_table.hpp"
#include "ui/keys.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {
namespace {

// A menu item for a command of the table: its words and its keys come from there.
void item(const ViewContext& ctx, AppCommand command, UiOutput& out, bool enabled = true, bool selected = false) {
    const CommandEntry* entry = command_entry(command);
    const std::string keys = chord_label(entry->chord);
    if (ImGui::MenuItem(tr(entry->label, ctx.language), keys.empty() ? nullptr : keys.c_str(), selected, enabled))
        out.command(std::move(command));
}

void file_menu(const ViewContext& ctx, const MenuState& state, UiOutput& out) {
    const Language l = ctx.language;
    if (!ImGui::BeginMenu(tr(Str::MenuFile, l))) return;
    item(ctx, cmd::New{}, out);
    item(ctx, cmd::Open{}, out);
    if (ImGui::BeginMenu(tr(Str::MenuOpenRecent, l))) {
        if (state.settings.recent_files.empty()) ImGui::MenuItem(tr(Str::MenuNoRecent, l), nullptr, false, false);
        for (const std::string& path : state.settings.recent_files)
            if (ImGui::MenuItem(path.c_str())) out.command(cmd::OpenPath{path});
        ImGui::EndMenu();
    }
    ImGui::Separator();
    const bool writable = !ctx.document.read_only();
    item(ctx, cmd::Save{}, out, writable);
    item(ctx, cmd::SaveAs{}, out);
    item(ctx, cmd::ShowRestore{}, out, writable);
    item(ctx, cmd::ShowPlanSettings{}, out, writable);
    ImGui::Separator();
    item(ctx, cmd::AskExportRetrospective{}, out);
    item(ctx, cmd::AskExportImage{}, out);
    item(ctx, cmd::AskExportPdf{}, out, pdf_in_this_build());
    if (!pdf_in_this_build() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", tr(Str::PdfNotInBuild, l));
    item(ctx, cmd::AskExportCalendar{}, out);
    item(ctx, cmd::NextYearPlan{}, out);
    ImGui::Separator();
    item(ctx, cmd::Quit{}, out);
    ImGui::EndMenu();
}

void edit_menu(const ViewContext& ctx, UiOutput& out) {
    if (!ImGui::BeginMenu(tr(Str::MenuEdit, ctx.language))) return;
    item(ctx, cmd::Undo{}, out, ctx.document.can_undo());
    item(ctx, cmd::Redo{}, out, ctx.document.can_redo());
    ImGui::Separator();
    item(ctx, cmd::ShowConflicts{}, out, !ctx.document.plan().conflicts.empty());
    ImGui::EndMenu();
}

void view_menu(const ViewContext& ctx, const MenuState& state, UiOutput& out) {
    const Language l = ctx.language;
    if (!ImGui::BeginMenu(tr(Str::MenuView, l))) return;
    item(ctx, cmd::ShowChart{}, out, true, state.tab == View::Chart);
    item(ctx, cmd::ShowCheckIn{}, out, true, state.tab == View::CheckIn);
    item(ctx, cmd::ShowReview{}, out, true, state.tab == View::Review);
    ImGui::Separator();
    if (ImGui::MenuItem(tr(Str::MenuGrid, l), chord_label(kBackChord).c_str(), state.tab == View::Chart && !state.focus_view))
        out.command(cmd::ShowChart{});
    if (ImGui::BeginMenu(tr(Str::MenuFocus, l))) {
        for (int n = 1; n <= 8; ++n) {
            const std::string& text = ctx.document.plan().goal(n).text;
            const std::string label = std::to_string(n) + "  " + (text.empty() ? "—" : text);
            const bool current = state.focus_view && state.focus_sub_goal == n;
            const std::string keys = n == state.selected_sub_goal ? chord_label(kFocusChord) : std::string{};
            if (ImGui::MenuItem(label.c_str(), keys.empty() ? nullptr : keys.c_str(), current)) out.command(cmd::ShowFocus{n});
        }
        ImGui::EndMenu();
    }
    item(ctx, cmd::ToggleProgress{}, out, true, state.settings.show_progress);
    item(ctx, cmd::ToggleTargets{}, out, true, state.settings.show_targets);
    ImGui::Separator();
    if (ImGui::BeginMenu(tr(Str::MenuTheme, l))) {
        if (ImGui::MenuItem(tr(Str::MenuThemeLight, l), nullptr, ctx.theme == Theme::Light))
            out.command(cmd::SetTheme{Theme::Light});
        if (ImGui::MenuItem(tr(Str::MenuThemeDark, l), nullptr, ctx.theme == Theme::Dark))
            out.command(cmd::SetTheme{Theme::Dark});
        ImGui::EndMenu();
    }
    item(ctx, cmd::ZoomIn{}, out);
    item(ctx, cmd::ZoomOut{}, out);
    item(ctx, cmd::ZoomReset{}, out);
    ImGui::EndMenu();
}

void settings_menu(const ViewContext& ctx, const MenuState& state, UiOutput& out) {
    const Language l = ctx.language;
    if (!ImGui::BeginMenu(tr(Str::MenuSettings, l))) return;
    if (ImGui::BeginMenu(tr(Str::MenuLanguage, l))) {
        if (ImGui::MenuItem("한국어", nullptr, l == Language::Korean))
            out.command(cmd::SetLanguage{Language::Korean});
        if (ImGui::MenuItem("English", nullptr, l == Language::English))
            out.command(cmd::SetLanguage{Language::English});
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(Str::MenuFont, l))) {
        if (ImGui::MenuItem(tr(Str::MenuFontAuto, l), nullptr, state.settings.font_path.empty()))
            out.command(cmd::SetFont{});
        static std::string path_field;
        if (ImGui::IsWindowAppearing()) path_field = state.settings.font_path;
        ImGui::SetNextItemWidth(320.0f * ctx.scale);
        ImGui::InputTextWithHint("##fontpath", tr(Str::FontPathLabel, l), &path_field);
        text_field_input();
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::FontApply, l)) && !path_field.empty()) out.command(cmd::SetFont{path_field});
        ImGui::EndMenu();
    }
    ImGui::Separator();
    item(ctx, cmd::ShowReminder{}, out, !ctx.document.path().empty());
    ImGui::EndMenu();
}

void help_menu(const ViewContext& ctx, UiOutput& out) {
    if (!ImGui::BeginMenu(tr(Str::MenuHelp, ctx.language))) return;
    item(ctx, cmd::ShowKeys{}, out);
    ImGui::EndMenu();
}

}  // namespace

bool draw_menu_bar(const ViewContext& ctx, const MenuState& state, UiOutput& out) {
    // Esc closes an open menu (and its submenus), as everywhere on the desktop.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool menu_open = !g.OpenPopupStack.empty() && g.OpenPopupStack[0].Window != nullptr &&
                           (g.OpenPopupStack[0].Window->Flags & ImGuiWindowFlags_ChildMenu) != 0;
    const bool closed = menu_open && pressed(Key::Escape, false);
    if (closed) ImGui::ClosePopupToLevel(0, true);
    if (!ImGui::BeginMenuBar()) return closed;
    file_menu(ctx, state, out);
    edit_menu(ctx, out);
    view_menu(ctx, state, out);
    settings_menu(ctx, state, out);
    help_menu(ctx, out);
    ImGui::EndMenuBar();
    return closed;
}

}  // namespace mandalart::ui
