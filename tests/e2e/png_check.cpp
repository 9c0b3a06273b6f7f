// Checks that a PNG is a real picture: the expected size and many distinct colours.
// usage: png_check FILE WIDTH HEIGHT MIN_COLOURS
#include <cstdio>
#include <cstdlib>
#include <set>

#include <stb_image.h>

int main(int argc, char** argv) {
    if (argc != 5) return 2;
    int w = 0, h = 0, n = 0;
    unsigned char* data = stbi_load(argv[1], &w, &h, &n, 3);
    if (data == nullptr) {
        std::fprintf(stderr, "%s: not a PNG (%s)\n", argv[1], stbi_failure_reason());
        return 1;
    }
    std::set<unsigned> colours;
    for (int i = 0; i < w * h; ++i) colours.insert(data[3 * i] << 16 | data[3 * i + 1] << 8 | data[3 * i + 2]);
    stbi_image_free(data);
    std::printf("%s: %dx%d, %zu colours\n", argv[1], w, h, colours.size());
    const bool ok = w == std::atoi(argv[2]) && h == std::atoi(argv[3]) && colours.size() >= std::strtoul(argv[4], nullptr, 10);
    return ok ? 0 : 1;
}
