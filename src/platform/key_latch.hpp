#pragma once
// ImGui 1.86's input API only sees which keys are down when a frame starts. A key pressed
// and released between two frames (a fast typist, a busy machine, xdotool) would be missed,
// so presses are latched: a key pressed since the last frame is shown down, with the
// modifiers held at the time, for exactly one frame.
#include <vector>

struct GLFWwindow;

namespace mandalart::platform {

class KeyLatch {
public:
    void on_key(int key, int action, int mods);
    // Before ImGui::NewFrame: shows latched keys (and their modifiers) as down.
    void apply();
    // After the frame: back to the keyboard's real state.
    void release(GLFWwindow* window);

private:
    struct Press {
        int key;
        int mods;
    };
    std::vector<Press> pending_, shown_;
};

}  // namespace mandalart::platform
