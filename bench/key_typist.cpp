// bench/ime_latency.sh's typist: presses and releases keys through XTEST, as a keyboard does (the
// input method sees real keycodes), DELAY_MS apart, and prints when each press was sent on the
// monotonic clock (ms), one line per key, for comparing with the editor's MANDALART_KEY_TRACE.
//   key_typist DELAY_MS KEYSYM_NAME...      (a, Tab, Return: X keysym names)
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <X11/Xlib.h>
#include <X11/extensions/XTest.h>
#include <time.h>

namespace {

double now_ms() {
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

void sleep_until(double ms) {
    const double wait = ms - now_ms();
    if (wait <= 0) return;
    timespec t{static_cast<time_t>(wait / 1e3), static_cast<long>((wait - static_cast<double>(static_cast<long>(wait / 1e3)) * 1e3) * 1e6)};
    nanosleep(&t, nullptr);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: key_typist DELAY_MS KEYSYM_NAME...\n");
        return 2;
    }
    Display* display = XOpenDisplay(nullptr);
    if (display == nullptr) {
        std::fprintf(stderr, "key_typist: no X display\n");
        return 1;
    }
    const double delay = std::atof(argv[1]);
    std::vector<KeyCode> codes;
    for (int i = 2; i < argc; ++i) {
        const KeySym sym = XStringToKeysym(argv[i]);
        const KeyCode code = sym == NoSymbol ? 0 : XKeysymToKeycode(display, sym);
        if (code == 0) {
            std::fprintf(stderr, "key_typist: no key for '%s'\n", argv[i]);
            return 1;
        }
        codes.push_back(code);
    }
    double next = now_ms();
    for (const KeyCode code : codes) {
        sleep_until(next);
        const double sent = now_ms();
        XTestFakeKeyEvent(display, code, True, CurrentTime);
        XFlush(display);
        std::printf("%.3f\n", sent);
        sleep_until(sent + delay / 2);  // held half the time, as xdotool does
        XTestFakeKeyEvent(display, code, False, CurrentTime);
        XFlush(display);
        next = sent + delay;
    }
    XSync(display, False);
    XCloseDisplay(display);
    return 0;
}
