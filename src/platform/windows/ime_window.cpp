#include "platform/windows/ime_window.hpp"

#include <windows.h>
#include <imm.h>

#include <GLFW/glfw3.h>
#define GLFW_EXPOSE_NATIVE_WIN32
#include <GLFW/glfw3native.h>

#include <memory>

#include "platform/gui_context.hpp"
#include "platform/windows/imm_calls.hpp"
#include "platform/windows/imm_input_method.hpp"

namespace mandalart::platform {
namespace {

constexpr const wchar_t* kProperty = L"MandalartIme";

// What the subclassed window procedure needs; freed when the window is destroyed.
struct ImeWindow {
    WNDPROC previous = nullptr;
    GuiContext* context = nullptr;
    ImmInputMethod* method = nullptr;  // owned by the context's input layer
    std::unique_ptr<ImmCalls> calls;
};

LRESULT CALLBACK ime_procedure(HWND hwnd, UINT message, WPARAM wparam, LPARAM lparam) {
    auto* self = static_cast<ImeWindow*>(::GetPropW(hwnd, kProperty));
    if (self == nullptr) return ::DefWindowProcW(hwnd, message, wparam, lparam);
    const WNDPROC previous = self->previous;
    // The method is the layer's; once the layer has let it go (shutting down), messages pass through.
    ImmInputMethod* method = self->context->input.method() == self->method ? self->method : nullptr;
    switch (message) {
        case WM_IME_SETCONTEXT:
            lparam &= ~static_cast<LPARAM>(ISC_SHOWUICOMPOSITIONWINDOW);  // the cell shows the composition
            break;
        case WM_IME_STARTCOMPOSITION:
            if (method != nullptr) return 0;  // not to DefWindowProc: it would open the system's composition window
            break;
        case WM_IME_COMPOSITION:
            if (method == nullptr) break;
            method->composition((lparam & GCS_RESULTSTR) != 0, (lparam & GCS_COMPSTR) != 0);
            self->context->activity.input_seen = true;
            return 0;  // not to DefWindowProc: it would send the result again as WM_IME_CHAR
        case WM_IME_ENDCOMPOSITION:
            if (method == nullptr) break;
            method->ended();
            self->context->activity.input_seen = true;
            return 0;
        case WM_IME_NOTIFY:
            if (method != nullptr && wparam == IMN_SETCONVERSIONMODE) {
                method->mode_changed();
                self->context->activity.input_seen = true;
            }
            break;
        case WM_NCDESTROY:
            ::SetWindowLongPtrW(hwnd, GWLP_WNDPROC, reinterpret_cast<LONG_PTR>(previous));
            ::RemovePropW(hwnd, kProperty);
            delete self;
            break;
        default: break;
    }
    return ::CallWindowProcW(previous, hwnd, message, wparam, lparam);
}

}  // namespace

void attach_imm(GLFWwindow* window, GuiContext& context) {
    HWND hwnd = glfwGetWin32Window(window);
    auto* self = new ImeWindow;
    self->context = &context;
    self->calls = window_imm_calls(hwnd);
    auto method = std::make_unique<ImmInputMethod>(context.input, *self->calls);
    self->method = method.get();
    // Off until the UI asks for text (the input layer then calls focus_in): where letters are
    // commands (the check-in list), keys must not start a composition.
    self->calls->enable(false);
    context.input.attach(std::move(method));
    ::SetPropW(hwnd, kProperty, self);
    self->previous = reinterpret_cast<WNDPROC>(::SetWindowLongPtrW(hwnd, GWLP_WNDPROC, reinterpret_cast<LONG_PTR>(&ime_procedure)));
}

}  // namespace mandalart::platform
