#pragma once
// The desktop as the CLI's `remind` uses it on Linux: notifications through
// org.freedesktop.Notifications on the session bus (GNOME, KDE, dunst, mako …), and the editor
// started detached when one is clicked.
#include "cli/desktop.hpp"

namespace mandalart::platform {

cli::Desktop& linux_desktop();

}  // namespace mandalart::platform
