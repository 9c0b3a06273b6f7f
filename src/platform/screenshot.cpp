#include "platform/screenshot.hpp"

#include <GL/gl.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include <stb_image_write.h>

namespace mandalart::platform {

std::string write_framebuffer_png(int width, int height, const std::string& path) {
    std::vector<unsigned char> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // OpenGL's rows run bottom-up; PNG's top-down.
    stbi_flip_vertically_on_write(1);
    errno = 0;
    if (!stbi_write_png(path.c_str(), width, height, 4, pixels.data(), width * 4))
        return "cannot write " + path + (errno ? std::string(": ") + std::strerror(errno) : std::string{});
    return {};
}

}  // namespace mandalart::platform
