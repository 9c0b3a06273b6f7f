#include "ui/text_input.hpp"
#include "ui/menu_bar.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "ui/stand_ins.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {
namespace {

void file_menu(const ViewContext& ctx, const MenuState& state, UiOutput& out) {
    const Language l = ctx.language;
    if (!ImGui::BeginMenu(tr(Str::MenuFile, l))) return;
    if (ImGui::MenuItem(tr(Str::MenuNew, l), "Ctrl+N")) out.command(CommandKind::New);
    if (ImGui::MenuItem(tr(Str::MenuOpen, l), "Ctrl+O")) out.command(CommandKind::Open);
    if (ImGui::BeginMenu(tr(Str::MenuOpenRecent, l))) {
        if (state.settings.recent_files.empty()) ImGui::MenuItem(tr(Str::MenuNoRecent, l), nullptr, false, false);
        for (const std::string& path : state.settings.recent_files)
            if (ImGui::MenuItem(path.c_str())) out.command(CommandKind::OpenPath, 0, path);
        ImGui::EndMenu();
    }
    ImGui::Separator();
    if (ImGui::MenuItem(tr(Str::MenuSave, l), "Ctrl+S", false, !ctx.document.read_only())) out.command(CommandKind::Save);
    if (ImGui::MenuItem(tr(Str::MenuSaveAs, l), "Ctrl+Shift+S")) out.command(CommandKind::SaveAs);
    if (ImGui::MenuItem(tr(Str::MenuRestore, l), nullptr, false, !ctx.document.read_only())) out.command(CommandKind::ShowRestore);
    if (ImGui::MenuItem(tr(Str::MenuPlanSettings, l), nullptr, false, !ctx.document.read_only()))
        out.command(CommandKind::ShowPlanSettings);
    ImGui::Separator();
    if (ImGui::MenuItem(tr(Str::MenuExportRetrospective, l))) out.command(CommandKind::ExportRetrospective);
    if (ImGui::MenuItem(tr(Str::MenuExportImage, l))) out.command(CommandKind::ExportImage);
    if (ImGui::MenuItem(tr(Str::MenuNextYear, l))) out.command(CommandKind::NextYearPlan);
    ImGui::Separator();
    if (ImGui::MenuItem(tr(Str::MenuQuit, l), "Ctrl+Q")) out.command(CommandKind::Quit);
    ImGui::EndMenu();
}

void edit_menu(const ViewContext& ctx, UiOutput& out) {
    const Language l = ctx.language;
    if (!ImGui::BeginMenu(tr(Str::MenuEdit, l))) return;
    if (ImGui::MenuItem(tr(Str::MenuUndo, l), "Ctrl+Z", false, ctx.document.can_undo())) out.command(CommandKind::Undo);
    if (ImGui::MenuItem(tr(Str::MenuRedo, l), "Ctrl+Shift+Z", false, ctx.document.can_redo())) out.command(CommandKind::Redo);
    ImGui::EndMenu();
}

void view_menu(const ViewContext& ctx, const MenuState& state, UiOutput& out) {
    const Language l = ctx.language;
    if (!ImGui::BeginMenu(tr(Str::MenuView, l))) return;
    if (ImGui::MenuItem(tr(Str::MenuChart, l), "Ctrl+1", state.tab == View::Chart)) out.command(CommandKind::ShowGrid);
    if (ImGui::MenuItem(tr(Str::MenuCheckIn, l), "Ctrl+2", state.tab == View::CheckIn)) out.command(CommandKind::ShowCheckIn);
    if (ImGui::MenuItem(tr(Str::MenuReview, l), "Ctrl+3", state.tab == View::Review)) out.command(CommandKind::ShowReview);
    ImGui::Separator();
    if (ImGui::MenuItem(tr(Str::MenuGrid, l), "Esc", state.tab == View::Chart && !state.focus_view)) out.command(CommandKind::ShowGrid);
    if (ImGui::BeginMenu(tr(Str::MenuFocus, l))) {
        for (int n = 1; n <= 8; ++n) {
            const std::string& text = ctx.document.plan().goal(n).text;
            const std::string label = std::to_string(n) + "  " + (text.empty() ? "—" : to_imgui(text));
            const bool current = state.focus_view && state.focus_sub_goal == n;
            if (ImGui::MenuItem(label.c_str(), n == state.selected_sub_goal ? "Ctrl+Enter" : nullptr, current))
                out.command(CommandKind::ShowFocus, n);
        }
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem(tr(Str::MenuShowProgress, l), "Ctrl+Shift+P", state.settings.show_progress))
        out.command(CommandKind::ToggleProgress);
    ImGui::Separator();
    if (ImGui::BeginMenu(tr(Str::MenuTheme, l))) {
        if (ImGui::MenuItem(tr(Str::MenuThemeLight, l), nullptr, ctx.theme == Theme::Light))
            out.command(CommandKind::SetTheme, static_cast<int>(Theme::Light));
        if (ImGui::MenuItem(tr(Str::MenuThemeDark, l), nullptr, ctx.theme == Theme::Dark))
            out.command(CommandKind::SetTheme, static_cast<int>(Theme::Dark));
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem(tr(Str::MenuZoomIn, l), "Ctrl+=")) out.command(CommandKind::ZoomIn);
    if (ImGui::MenuItem(tr(Str::MenuZoomOut, l), "Ctrl+-")) out.command(CommandKind::ZoomOut);
    if (ImGui::MenuItem(tr(Str::MenuZoomReset, l), "Ctrl+0")) out.command(CommandKind::ZoomReset);
    ImGui::EndMenu();
}

void settings_menu(const ViewContext& ctx, const MenuState& state, UiOutput& out) {
    const Language l = ctx.language;
    if (!ImGui::BeginMenu(tr(Str::MenuSettings, l))) return;
    if (ImGui::BeginMenu(tr(Str::MenuLanguage, l))) {
        if (ImGui::MenuItem("한국어", nullptr, l == Language::Korean))
            out.command(CommandKind::SetLanguage, static_cast<int>(Language::Korean));
        if (ImGui::MenuItem("English", nullptr, l == Language::English))
            out.command(CommandKind::SetLanguage, static_cast<int>(Language::English));
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu(tr(Str::MenuFont, l))) {
        if (ImGui::MenuItem(tr(Str::MenuFontAuto, l), nullptr, state.settings.font_path.empty()))
            out.command(CommandKind::SetFont, 0, "");
        static std::string path_field;
        if (ImGui::IsWindowAppearing()) path_field = state.settings.font_path;
        ImGui::SetNextItemWidth(320.0f * ctx.scale);
        ImGui::InputTextWithHint("##fontpath", tr(Str::FontPathLabel, l), &path_field);
        text_field_input();
        ImGui::SameLine();
        if (ImGui::Button(tr(Str::FontApply, l)) && !path_field.empty()) out.command(CommandKind::SetFont, 0, path_field);
        ImGui::EndMenu();
    }
    ImGui::EndMenu();
}

void help_menu(const ViewContext& ctx, UiOutput& out) {
    if (!ImGui::BeginMenu(tr(Str::MenuHelp, ctx.language))) return;
    if (ImGui::MenuItem(tr(Str::MenuKeys, ctx.language), "F1")) out.command(CommandKind::ShowKeys);
    ImGui::EndMenu();
}

}  // namespace

void draw_menu_bar(const ViewContext& ctx, const MenuState& state, UiOutput& out) {
    if (!ImGui::BeginMenuBar()) return;
    file_menu(ctx, state, out);
    edit_menu(ctx, out);
    view_menu(ctx, state, out);
    settings_menu(ctx, state, out);
    help_menu(ctx, out);
    ImGui::EndMenuBar();
}

}  // namespace mandalart::ui
