#pragma once
// Reads the current OpenGL framebuffer and writes it as a PNG (stb_image_write).
#include <string>

namespace mandalart::platform {

// Returns empty on success or one line.
std::string write_framebuffer_png(int width, int height, const std::string& path);

}  // namespace mandalart::platform
