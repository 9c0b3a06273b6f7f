#include "ui/ui_state.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include "ui/app.hpp"
#include "ui/text_input.hpp"

namespace mandalart::ui {
namespace {

const char* view_name(const App& app) {
    switch (app.tab()) {
        case Tab::Chart: return app.in_focus_view() ? "focus" : "chart";
        case Tab::CheckIn: return "checkin";
        case Tab::Review: return "review";
    }
    return "chart";
}

bool editing(const App& app) {
    return app.chart().editing() || app.focus().editing() || app.check_in().editing_note() || ImGui::GetIO().WantTextInput;
}

// The popup's id without its translated title: "복구###recover" is "recover".
std::string modal_name() {
    const ImGuiWindow* modal = ImGui::GetCurrentContext() != nullptr ? ImGui::GetTopMostPopupModal() : nullptr;
    if (modal == nullptr || modal->Name == nullptr) return "-";
    const std::string name = modal->Name;
    const std::size_t id = name.find("###");
    return id == std::string::npos ? name : name.substr(id + 3);
}

// The input method's mode, as the badge by the caret shows it.
const char* mode_name() {
    switch (text_input().mode) {
        case InputMode::Native: return "native";
        case InputMode::Latin: return "latin";
        case InputMode::Unknown: break;
    }
    return "-";
}

}  // namespace

std::string describe_ui_state(const App& app) {
    const bool text = text_input().request.wanted;
    return std::string("view=") + view_name(app) + " text=" + (text ? "1" : "0") +
           " composing=" + (composition().empty() ? "0" : "1") + " editing=" + (editing(app) ? "1" : "0") +
           " dirty=" + (app.document().dirty() ? "1" : "0") + " modal=" + modal_name() + " mode=" + mode_name();
}

}  // namespace mandalart::ui
