// Binds characters to spare keycodes of the X keyboard map, so that xdotool types them with a
// plain key press. Otherwise xdotool remaps a scratch keycode for each character outside the
// keymap and restores it right away, and on a busy machine the editor can read the key after
// the mapping is gone (a Hangul syllable then goes missing: the test's fault, not the editor's).
//
// usage: x_keymap TEXT...   (characters already in the keymap and ASCII are left alone)
// Each window test has a display of its own (own_display.sh), so its keymap starts as Xvfb's.
#include <X11/Xlib.h>

#include <cstdio>
#include <set>
#include <string>
#include <vector>

namespace {

std::vector<unsigned long> code_points(const std::string& utf8) {
    std::vector<unsigned long> out;
    for (std::size_t i = 0; i < utf8.size();) {
        const unsigned char c = static_cast<unsigned char>(utf8[i]);
        const int length = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
        unsigned long cp = length == 1 ? c : c & (0x7F >> length);
        for (int k = 1; k < length && i + k < utf8.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(length);
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    Display* display = XOpenDisplay(nullptr);
    if (display == nullptr) {
        std::fprintf(stderr, "x_keymap: cannot open the X display\n");
        return 1;
    }
    int first = 0, last = 0, per_code = 0;
    XDisplayKeycodes(display, &first, &last);
    KeySym* map = XGetKeyboardMapping(display, static_cast<KeyCode>(first), last - first + 1, &per_code);
    std::set<unsigned long> wanted;
    for (int a = 1; a < argc; ++a)
        for (const unsigned long cp : code_points(argv[a])) wanted.insert(0x01000000 + cp);  // X11's keysym for a Unicode character
    // Spare: keycodes with nothing on them, or only a character an earlier call bound that this
    // text does not need (so a long test never runs out of them).
    std::set<KeySym> present;
    std::vector<int> spare;
    for (int code = first; code <= last; ++code) {
        bool empty = true, reusable = true;
        for (int k = 0; k < per_code; ++k) {
            const KeySym sym = map[(code - first) * per_code + k];
            if (sym == NoSymbol) continue;
            empty = false;
            if (sym < 0x01000000 || wanted.count(sym)) reusable = false;
        }
        if (empty || reusable) {
            spare.push_back(code);
            continue;
        }
        for (int k = 0; k < per_code; ++k)
            if (const KeySym sym = map[(code - first) * per_code + k]; sym != NoSymbol) present.insert(sym);
    }
    XFree(map);
    std::size_t used = 0;
    for (int a = 1; a < argc; ++a)
        for (const unsigned long cp : code_points(argv[a])) {
            const KeySym sym = 0x01000000 + cp;
            if (cp < 0x80 || present.count(sym)) continue;
            if (used == spare.size()) {
                std::fprintf(stderr, "x_keymap: no spare keycode left\n");
                return 1;
            }
            std::vector<KeySym> row(static_cast<std::size_t>(per_code), NoSymbol);
            row[0] = sym;
            if (per_code > 1) row[1] = sym;
            XChangeKeyboardMapping(display, spare[used++], per_code, row.data(), 1);
            present.insert(sym);
        }
    XSync(display, False);
    XCloseDisplay(display);
    return 0;
}
