// The D-Bus input layer against a private dbus-daemon and a stand-in input method that speaks
// Fcitx5's and IBus's protocols (stand_in_input_method.py): what each signal carries reaches the
// sink in the order sent and before the key's answer, a slow input method is waited for, a hung
// one only so long and then left alone for a quiet while, one that leaves the bus is noticed without a key;
// and the idle loop's WakeWatcher wakes once per batch of messages.
#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include <imgui.h>

#include "core/text.hpp"
#include "platform/input_layer.hpp"
#include "platform/input_method.hpp"
#include "platform/input_queue.hpp"
#include "platform/linux/wake_watcher.hpp"
#include "headless_imgui.hpp"
#include "private_bus.hpp"

using namespace mandalart;
using namespace mandalart::testing;
using platform::ImeKey;

namespace {

constexpr std::uint32_t kReturn = 0xFF0D;

// What the input method sent, in order, as text: "compose 가 @3", "commit 가", "forward 65293".
struct Recorder final : platform::ImeSink {
    std::vector<std::string> events;
    void commit(const std::string& text) override { events.push_back("commit " + text); }
    void compose(const std::string& text, int caret) override { events.push_back("compose " + text + " @" + std::to_string(caret)); }
    void forward(const ImeKey& key) override { events.push_back("forward " + std::to_string(key.keysym) + (key.release ? " up" : "")); }
    std::vector<ui::InputMode> modes;
    void mode(ui::InputMode m) override { modes.push_back(m); }
};

ImeKey key(std::uint32_t keysym) { return ImeKey{keysym, 30, 0, false}; }

// The input method over `bus`, reached the way the editor reaches it (the environment).
std::unique_ptr<platform::InputMethod> connect(const std::string& protocol, const PrivateBus& bus, platform::ImeSink& sink) {
    std::string why;
    std::unique_ptr<platform::InputMethod> method;
    if (protocol == "fcitx5") {
        setenv("DBUS_SESSION_BUS_ADDRESS", bus.address.c_str(), 1);
        method = platform::connect_fcitx5(sink, why);
    } else {
        setenv("IBUS_ADDRESS", bus.address.c_str(), 1);
        method = platform::connect_ibus(sink, why);
    }
    INFO(why);
    REQUIRE(method);
    return method;
}

using Events = std::vector<std::string>;

// A private bus, the stand-in input method on it, and the editor's side connected to it.
struct Connected {
    explicit Connected(const std::string& protocol) : stand_in(bus, protocol), im(connect(protocol, bus, sink)) {}
    PrivateBus bus;
    StandIn stand_in;
    Recorder sink;
    std::unique_ptr<platform::InputMethod> im;
};

}  // namespace

TEST_CASE("Fcitx5 over D-Bus: compositions with their caret, a commit and a forwarded key, in order, before the answer") {
    Connected c("fcitx5");
    CHECK(std::string(c.im->name()) == "Fcitx5");

    CHECK(c.im->process_key(key('r')));
    CHECK(c.sink.events == Events{"compose ㄱ @3"});
    CHECK(c.im->process_key(key('k')));
    CHECK(c.im->process_key(key('s')));  // 가나, the caret after 가: 3 bytes in
    CHECK(c.sink.events == Events{"compose ㄱ @3", "compose 가 @3", "compose 가나 @3"});
    c.sink.events.clear();
    CHECK(c.im->process_key(key(kReturn)));  // commits, then hands Return back
    CHECK(c.sink.events == Events{"compose  @0", "commit 가나", "forward 65293"});
    c.sink.events.clear();
    CHECK_FALSE(c.im->process_key(key('z')));  // not taken: nothing sent
    CHECK(c.sink.events.empty());

    CHECK(c.im->process_key(key('k')));
    c.im->reset();  // the commit Reset brings arrives before Reset returns
    CHECK(c.sink.events == Events{"compose 가 @3", "compose  @0", "commit 가"});
    CHECK(c.im->alive());
    CHECK(c.stand_in.keys() == 6u);  // r k s Return z k
}

TEST_CASE("IBus over D-Bus: IBusText compositions with their caret, hidden and shown again, a commit and a forwarded key") {
    Connected c("ibus");
    CHECK(std::string(c.im->name()) == "IBus");

    CHECK(c.im->process_key(key('s')));
    CHECK(c.im->process_key(key('x')));  // HidePreeditText
    CHECK(c.im->process_key(key('y')));  // ShowPreeditText: the same text and caret again
    CHECK(c.sink.events == Events{"compose 가나 @3", "compose  @0", "compose 가나 @3"});
    c.sink.events.clear();
    CHECK(c.im->process_key(key(kReturn)));
    CHECK(c.sink.events == Events{"compose  @0", "commit 가나", "forward 65293"});
    c.sink.events.clear();
    CHECK_FALSE(c.im->process_key(key(kReturn)));  // nothing composed: Return is the editor's
    CHECK(c.sink.events.empty());
}

TEST_CASE("The input method's mode: said on focus, and again whenever it switches between Hangul and Latin") {
    using ui::InputMode;
    for (const char* protocol : {"fcitx5", "ibus"}) {
        INFO(protocol);
        Connected c(protocol);
        c.im->focus_in();  // IBus: the engine's properties; Fcitx5: its current input method
        CHECK(c.sink.modes == std::vector<InputMode>{InputMode::Native});
        CHECK(c.im->process_key(key('m')));
        CHECK(c.im->process_key(key('m')));
        CHECK(c.sink.modes == std::vector<InputMode>{InputMode::Native, InputMode::Latin, InputMode::Native});
        CHECK(c.sink.events.empty());  // a mode is not text
    }
}

TEST_CASE("A slow input method is waited for: answers after random delays, slower than typing, keep every key's text in order") {
    for (const char* protocol : {"fcitx5", "ibus"}) {
        INFO(protocol);
        Connected c(protocol);
        // Up to 900 ms an answer, a key typed every 50 ms: what a loaded machine does to an input
        // method (docs/ARCHITECTURE.md has the measured figures), and more than the old time limit.
        c.stand_in.slow(900, 25);
        Events expected;
        for (int word = 0; word < 2; ++word) {
            for (const std::uint32_t k : {std::uint32_t{'r'}, std::uint32_t{'k'}, std::uint32_t{'s'}, kReturn})
                CHECK(c.im->process_key(key(k)));
            CHECK_FALSE(c.im->process_key(key('z')));  // not taken: a plain key, after the word
            for (const char* e : {"compose ㄱ @3", "compose 가 @3", "compose 가나 @3", "compose  @0", "commit 가나", "forward 65293"})
                expected.push_back(e);
        }
        CHECK(c.sink.events == expected);
        CHECK(c.im->alive());
    }
}

// What ImGui gets, frame by frame, until the queue is empty: typed text, with ⏎ where Enter acted.
std::string drain(platform::InputQueue& queue) {
    ImGuiIO& io = ImGui::GetIO();
    ui::Composition composition;
    std::string seen;
    while (!queue.empty()) {
        queue.apply(io, composition);
        ImGui::NewFrame();  // takes the frame's events
        for (const ImWchar c : io.InputQueueCharacters) append_utf8(seen, c);
        if (ImGui::IsKeyPressed(ui::imgui_key(ui::Key::Enter), false)) seen += "⏎";
        ImGui::Render();
        ui::honour_texture_requests();
    }
    return seen;
}

TEST_CASE("Through the input queue: a slow input method's text and the keys it hands back reach ImGui in the order typed") {
    HeadlessImGui imgui;
    for (const char* protocol : {"fcitx5", "ibus"}) {
        INFO(protocol);
        PrivateBus bus;
        StandIn stand_in(bus, protocol);
        stand_in.slow(400, 11);  // presses and releases answered up to 400 ms late; keys typed 50 ms apart wait
        platform::InputQueue queue;
        platform::InputLayer layer(queue);
        layer.attach(connect(protocol, bus, layer));
        layer.update(ui::TextInputRequest{true, ImVec2(10, 20), 16.0f}, 0, 0);  // a cell takes text
        // Each key as the window reports it: its press (with the character it types), its release.
        const auto type = [&](ui::Key k, std::uint32_t keysym, char32_t typed) {
            layer.key(k, ImeKey{keysym, 30, 0, false}, true, 0);
            if (typed != 0) layer.character(typed);
            layer.key(k, ImeKey{keysym, 30, 0, true}, false, 0);
        };
        for (int word = 0; word < 2; ++word) {
            type(ui::Key::R, 'r', U'r');
            type(ui::Key::K, 'k', U'k');
            type(ui::Key::S, 's', U's');
            type(ui::Key::Enter, kReturn, 0);  // commits 가나, then hands Enter back
            type(ui::Key::Z, 'z', U'z');       // not taken: a plain key after it
        }
        CHECK(drain(queue) == "가나⏎z가나⏎z");
        CHECK(stand_in.keys() == 10u);
        layer.attach(nullptr);
    }
}

TEST_CASE("A hung input method: its key acts as a plain key, and keys are not sent to it for a quiet while") {
    Connected c("fcitx5");

    CHECK_FALSE(c.im->process_key(key('h')));  // answered after 6 s: given up on at the time limit (3 s)
    CHECK_FALSE(c.im->process_key(key('k')));  // the quiet while: not sent, a plain key
    CHECK(c.im->alive());                      // slow is not gone
    CHECK(c.sink.events.empty());
    // Once the quiet while is over, keys go to it again (until then each is a plain key).
    REQUIRE(eventually([&] { return c.im->process_key(key('k')); }));
    CHECK(c.sink.events == Events{"compose 가 @3"});
    CHECK(c.stand_in.keys() == 2u);  // 'h' and the 'k' that went through: none sent while quiet
}

TEST_CASE("An input method that leaves the bus is noticed without a key") {
    for (const char* protocol : {"fcitx5", "ibus"}) {
        INFO(protocol);
        Connected c(protocol);
        CHECK(c.im->process_key(key('k')));
        REQUIRE(c.im->alive());
        c.stand_in.vanish();
        CHECK(eventually([&] {
            c.im->dispatch(0);  // what the idle loop does when the watcher wakes it
            return !c.im->alive();
        }));
    }
}

TEST_CASE("The wake watcher wakes the loop once per batch of messages, and again only once it has read them") {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    std::atomic<int> wakes{0};
    {
        platform::WakeWatcher watcher(fds[0], [&] { ++wakes; });
        REQUIRE(write(fds[1], "a", 1) == 1);
        REQUIRE(eventually([&] { return wakes == 1; }));
        REQUIRE(write(fds[1], "b", 1) == 1);  // more data before the loop has read: no second wake
        char buffer[8];
        REQUIRE(read(fds[0], buffer, sizeof buffer) == 2);
        CHECK(wakes == 1);
        watcher.drained();  // the loop has read what was there
        REQUIRE(write(fds[1], "c", 1) == 1);
        CHECK(eventually([&] { return wakes == 2; }));
        CHECK(read(fds[0], buffer, sizeof buffer) == 1);
    }  // the watcher's thread ends with it
    close(fds[0]);
    close(fds[1]);
}
