#pragma once
// For bench/ime_latency.sh: with MANDALART_KEY_TRACE=FILE, the editor writes one line per frame
// shown that draws keys not drawn before: "MS KEYS", MS the monotonic clock (CLOCK_MONOTONIC,
// milliseconds) just after the buffer swap, KEYS how many key presses the window had received,
// through the input method, by the frame that drew them all. A typist that notes when it sent
// each key on the same clock gets each key's time from keystroke to glyph.
#include <cstdio>
#include <memory>

namespace mandalart::platform {

class KeyTrace {
public:
    explicit KeyTrace(const char* path);  // nullptr or empty: traces nothing
    // After the frame's share of input was taken: `keys` received so far, and whether the input
    // queue is empty now (this frame draws all of them).
    void frame_input(long keys, bool drained) {
        if (drained) pending_ = keys;
    }
    // Just after the frame was swapped to the screen.
    void shown();

private:
    struct Close {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, Close> file_;
    long pending_ = 0, written_ = 0;
};

}  // namespace mandalart::platform
