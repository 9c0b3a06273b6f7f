#pragma once
// What the window shows, in one line of `name=value` words, for programs that drive the real
// window (the end-to-end tests, accessibility tools): which view, whether the focused place takes
// text, whether a syllable is being composed, which prompt is up, whether there are unsaved
// changes, the input method's mode (native: 한, latin: A, -: not reported). The platform publishes
// it on the window once the app has settled after input, so a driver can wait for a state instead
// of for time.
//   view=chart text=1 composing=0 editing=1 dirty=1 modal=recover mode=native
#include <string>

namespace mandalart::ui {

class App;

// Within a frame or after Render: the state the last frame drew. `modal` is the id after "###"
// of the top-most modal popup ("quit", "recover", "conflict", "copy", "file_dialog", …), or "-".
std::string describe_ui_state(const App& app);

}  // namespace mandalart::ui
