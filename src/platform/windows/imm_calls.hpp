#pragma once
// The real IMM32 calls on a window's input context (the stand-in is in the tests).
#include <memory>

#include "platform/windows/imm_input_method.hpp"

namespace mandalart::platform {

// `window` is the window's HWND.
std::unique_ptr<ImmCalls> window_imm_calls(void* window);

}  // namespace mandalart::platform
