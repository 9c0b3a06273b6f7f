#pragma once
// The editor's window: GLFW + OpenGL 3.3 core (3.0 as a fallback), Dear ImGui, and an
// event loop that sleeps when nothing happens.
#include <string>
#include <vector>

namespace mandalart::platform {

// Runs the editor (or, with --screenshot, renders once and writes a PNG). Returns the exit code.
int run_gui(const std::vector<std::string>& args);

}  // namespace mandalart::platform
