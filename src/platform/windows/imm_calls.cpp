#include "platform/windows/imm_calls.hpp"

#include <windows.h>
#include <imm.h>

namespace mandalart::platform {
namespace {

class WindowImm final : public ImmCalls {
public:
    explicit WindowImm(HWND window) : window_(window) {}

    std::wstring result_text() override { return text(GCS_RESULTSTR); }
    std::wstring composition_text() override { return text(GCS_COMPSTR); }
    int composition_caret() override {
        Context c(window_);
        return c.imc == nullptr ? 0 : static_cast<int>(::ImmGetCompositionStringW(c.imc, GCS_CURSORPOS, nullptr, 0));
    }
    void complete() override { notify(CPS_COMPLETE); }
    void cancel() override { notify(CPS_CANCEL); }
    void enable(bool on) override {
        if (on) ::ImmAssociateContextEx(window_, nullptr, IACE_DEFAULT);
        else ::ImmAssociateContextEx(window_, nullptr, 0);  // no context: keys are plain keys
    }
    void place(int x, int y, int height) override {
        Context c(window_);
        if (c.imc == nullptr) return;
        POINT caret{x, y};
        ::ScreenToClient(window_, &caret);
        COMPOSITIONFORM composition{};
        composition.dwStyle = CFS_POINT;
        composition.ptCurrentPos = caret;
        ::ImmSetCompositionWindow(c.imc, &composition);
        CANDIDATEFORM candidate{};
        candidate.dwIndex = 0;
        candidate.dwStyle = CFS_EXCLUDE;
        candidate.ptCurrentPos = caret;
        candidate.rcArea = RECT{caret.x, caret.y, caret.x + 1, caret.y + height};
        ::ImmSetCandidateWindow(c.imc, &candidate);
    }
    ui::InputMode mode() override {
        if (!::ImmIsIME(::GetKeyboardLayout(0))) return ui::InputMode::Unknown;  // a plain keyboard: no badge
        Context c(window_);
        DWORD conversion = 0, sentence = 0;
        if (c.imc == nullptr || !::ImmGetOpenStatus(c.imc) || !::ImmGetConversionStatus(c.imc, &conversion, &sentence))
            return ui::InputMode::Latin;
        return (conversion & IME_CMODE_NATIVE) != 0 ? ui::InputMode::Native : ui::InputMode::Latin;
    }

private:
    struct Context {
        explicit Context(HWND w) : window(w), imc(::ImmGetContext(w)) {}
        ~Context() {
            if (imc != nullptr) ::ImmReleaseContext(window, imc);
        }
        HWND window;
        HIMC imc;
    };
    std::wstring text(DWORD kind) {
        Context c(window_);
        if (c.imc == nullptr) return {};
        const LONG bytes = ::ImmGetCompositionStringW(c.imc, kind, nullptr, 0);
        if (bytes <= 0) return {};
        std::wstring out(static_cast<std::size_t>(bytes) / sizeof(wchar_t), L'\0');
        ::ImmGetCompositionStringW(c.imc, kind, out.data(), static_cast<DWORD>(bytes));
        return out;
    }
    void notify(DWORD action) {
        Context c(window_);
        if (c.imc != nullptr) ::ImmNotifyIME(c.imc, NI_COMPOSITIONSTR, action, 0);
    }
    HWND window_;
};

}  // namespace

std::unique_ptr<ImmCalls> window_imm_calls(void* window) { return std::make_unique<WindowImm>(static_cast<HWND>(window)); }

}  // namespace mandalart::platform
