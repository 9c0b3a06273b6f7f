#pragma once
// IMM32 on the GLFW window: its window procedure subclassed (only here) so that the input
// method's messages reach ImmInputMethod, the system's own composition window stays hidden (the
// composition is drawn in the cell) and the candidate window follows the caret.
struct GLFWwindow;

namespace mandalart::platform {

struct GuiContext;

// Attaches an ImmInputMethod to the context's input layer and subclasses the window for it.
void attach_imm(GLFWwindow* window, GuiContext& context);

}  // namespace mandalart::platform
