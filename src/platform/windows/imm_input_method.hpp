#pragma once
// Korean input on Windows through IMM32, behind the same InputMethod interface as IBus and Fcitx5
// on Linux, so the input layer (platform/input_layer) does the same things on both: the
// composition is drawn inline in the cell, the syllable is completed before Enter, Tab, an arrow,
// a click, Ctrl+S or Ctrl+Q acts and when focus leaves, and Esc cancels it.
// Windows delivers the input method's work as window messages (WM_IME_STARTCOMPOSITION,
// WM_IME_COMPOSITION with GCS_COMPSTR and GCS_RESULTSTR, WM_IME_ENDCOMPOSITION);
// platform/windows/ime_window hands them to this class, which asks the IMM calls for the strings.
// The calls are behind ImmCalls so that tests drive this class with a stand-in.
#include <string>

#include "platform/input_method.hpp"

namespace mandalart::platform {

// The IMM32 calls on the window's input context (platform/windows/imm_calls).
class ImmCalls {
public:
    virtual ~ImmCalls() = default;
    virtual std::wstring result_text() = 0;       // ImmGetCompositionStringW(GCS_RESULTSTR)
    virtual std::wstring composition_text() = 0;  // ImmGetCompositionStringW(GCS_COMPSTR)
    virtual int composition_caret() = 0;          // ImmGetCompositionStringW(GCS_CURSORPOS), UTF-16 units
    virtual void complete() = 0;                  // ImmNotifyIME(NI_COMPOSITIONSTR, CPS_COMPLETE)
    virtual void cancel() = 0;                    // ImmNotifyIME(NI_COMPOSITIONSTR, CPS_CANCEL)
    virtual void enable(bool on) = 0;             // the window's input context on (IACE_DEFAULT) or off
    // The caret in screen pixels: the composition window there (hidden: drawn by us) and the
    // candidate (Hanja) window beside it (ImmSetCandidateWindow, CFS_EXCLUDE).
    virtual void place(int x, int y, int height) = 0;
    // Native (Hangul) or Latin as the IME's conversion mode says; Unknown when the keyboard is no IME.
    virtual ui::InputMode mode() = 0;
};

class ImmInputMethod final : public InputMethod {
public:
    ImmInputMethod(ImeSink& sink, ImmCalls& calls) : sink_(sink), calls_(calls) {}

    // The window's messages.
    void composition(bool has_result, bool has_composition);  // WM_IME_COMPOSITION (its GCS_ flags)
    void ended();                                             // WM_IME_ENDCOMPOSITION
    void mode_changed();                                      // WM_IME_NOTIFY, IMN_SETCONVERSIONMODE
    bool composing() const { return !composing_.empty(); }

    // InputMethod
    const char* name() const override { return "imm32"; }
    bool process_key(const ImeKey& key) override;
    void focus_in() override;
    void focus_out() override;
    void reset() override;
    void set_cursor(int x, int y, int w, int h) override;
    int wake_fd() const override { return -1; }  // its messages are the window's
    void dispatch(int) override {}
    bool alive() const override { return true; }

private:
    void complete_now();
    ImeSink& sink_;
    ImmCalls& calls_;
    std::string composing_;  // UTF-8, as last shown
};

}  // namespace mandalart::platform
