#pragma once
// A scripted input method: each key's answer (taken or not) and what it sends before answering
// (commits, compositions, forwarded keys), as IBus and Fcitx5 do over D-Bus.
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "platform/input_method.hpp"

namespace mandalart::testing {

class FakeInputMethod final : public platform::InputMethod {
public:
    using Script = std::function<bool(const platform::ImeKey&, platform::ImeSink&)>;
    explicit FakeInputMethod(platform::ImeSink& sink) : sink_(sink) {}

    // How the next keys are answered, in order; once used up, keys are not taken.
    std::deque<Script> script;
    // The next key is taken and shows `text` as the composition (a jamo, a syllable).
    void composes_next(const std::string& text) {
        script.push_back([text](const platform::ImeKey&, platform::ImeSink& sink) {
            sink.compose(text, static_cast<int>(text.size()));
            return true;
        });
    }
    // The next key is not taken (or not answered in time).
    void passes_next() {
        script.push_back([](const platform::ImeKey&, platform::ImeSink&) { return false; });
    }
    // What Reset does (ibus-hangul commits the composition; others drop it).
    std::function<void(platform::ImeSink&)> on_reset;
    bool alive_ = true;
    std::vector<std::string> calls;  // FocusIn, FocusOut, Reset, Cursor x,y h, Key keysym

    const char* name() const override { return "fake"; }
    bool process_key(const platform::ImeKey& key) override {
        calls.push_back("Key " + std::to_string(key.keysym) + (key.release ? " up" : ""));
        if (key.release || script.empty()) return false;
        Script s = std::move(script.front());
        script.pop_front();
        return s(key, sink_);
    }
    void focus_in() override { calls.push_back("FocusIn"); }
    void focus_out() override { calls.push_back("FocusOut"); }
    void reset() override {
        calls.push_back("Reset");
        if (on_reset) on_reset(sink_);
    }
    void set_cursor(int x, int y, int, int h) override {
        calls.push_back("Cursor " + std::to_string(x) + "," + std::to_string(y) + " " + std::to_string(h));
    }
    int wake_fd() const override { return -1; }
    void dispatch(int) override {}
    bool alive() const override { return alive_; }

private:
    platform::ImeSink& sink_;
};

}  // namespace mandalart::testing
