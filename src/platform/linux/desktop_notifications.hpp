#pragma once
// The desktop as the CLI's `remind` uses it on Linux: notifications through
// org.freedesktop.Notifications on the session bus (GNOME, KDE, dunst, mako …), the editor
// started detached when one is clicked, and the weekly reminder as a systemd user timer.
#include "session/desktop.hpp"

namespace mandalart::platform {

Desktop& linux_desktop();

}  // namespace mandalart::platform
