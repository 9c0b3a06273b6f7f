# The Windows build (cross-built with mingw-w64: cmake/mingw-w64.cmake). Debian has no Windows
# builds of the libraries the Linux build takes as packages, so:
#  - the header-only ones (nlohmann_json, stb_image_write, Catch2 v2) are taken from the Debian
#    packages' headers, copied into the build folder so that no Linux header is on the include path;
#  - FreeType is compiled from its source in third_party/freetype (Debian's source package),
#    without zlib, bzip2, libpng, HarfBuzz or Brotli (nothing of ours needs them: the fonts
#    read are plain TrueType/OpenType, and colour bitmaps are for Linux's Noto Color Emoji);
#  - fontconfig, cairo, Pango, D-Bus and X11 are not used (fonts/windows, no PDF, platform/windows).
set(host_headers ${CMAKE_BINARY_DIR}/host_headers)
function(copy_host_header from to)
  if(NOT EXISTS ${from})
    message(FATAL_ERROR "${from} is missing: scripts/deps.sh installs the packages the Windows build takes headers from")
  endif()
  configure_file(${from} ${host_headers}/${to} COPYONLY)
endfunction()

# nlohmann_json (nlohmann-json3-dev): its headers.
copy_host_header(/usr/include/nlohmann/json.hpp nlohmann/json.hpp)
file(COPY /usr/include/nlohmann DESTINATION ${host_headers})
add_library(nlohmann_json INTERFACE)
target_include_directories(nlohmann_json SYSTEM INTERFACE ${host_headers})
add_library(nlohmann_json::nlohmann_json ALIAS nlohmann_json)

# stb_image_write (libstb-dev): its header, and the one file that compiles its implementation.
copy_host_header(/usr/include/stb/stb_image_write.h stb/stb_image_write.h)
file(WRITE ${host_headers}/stb/stb_image_write.c "#define STB_IMAGE_WRITE_IMPLEMENTATION\n#include <stb_image_write.h>\n")
add_library(stb STATIC ${host_headers}/stb/stb_image_write.c)
target_include_directories(stb SYSTEM PUBLIC ${host_headers} ${host_headers}/stb)
add_library(stb::stb ALIAS stb)

if(MANDALART_TESTS)
  # Catch2 v2 (catch2): the single header. Each test program is one test under Wine (tests/).
  copy_host_header(/usr/include/catch2/catch.hpp catch2/catch.hpp)
  add_library(Catch2 INTERFACE)
  target_include_directories(Catch2 SYSTEM INTERFACE ${host_headers})
  add_library(Catch2::Catch2 ALIAS Catch2)
endif()

# FreeType 2.12 from third_party/freetype through its own CMake build, static, nothing optional.
set(FT_DISABLE_ZLIB ON CACHE BOOL "" FORCE)
set(FT_DISABLE_BZIP2 ON CACHE BOOL "" FORCE)
set(FT_DISABLE_PNG ON CACHE BOOL "" FORCE)
set(FT_DISABLE_HARFBUZZ ON CACHE BOOL "" FORCE)
set(FT_DISABLE_BROTLI ON CACHE BOOL "" FORCE)
set(SKIP_INSTALL_ALL ON CACHE BOOL "" FORCE)
set(BUILD_SHARED_LIBS OFF)
add_subdirectory(${CMAKE_CURRENT_LIST_DIR}/freetype ${CMAKE_BINARY_DIR}/third_party/freetype EXCLUDE_FROM_ALL SYSTEM)
add_library(freetype::freetype ALIAS freetype)

# The system's font catalogue is the Fonts folder, read through FreeType (fonts/windows).
add_library(mandalart_font_catalogue INTERFACE)
target_link_libraries(mandalart_font_catalogue INTERFACE freetype::freetype)

if(MANDALART_GUI)
  # X11's keysym names (x11proto-dev, MIT; definitions only), for the input layer's table of keys
  # an input method hands back (platform/keysyms.cpp), which is the same on both systems.
  copy_host_header(/usr/include/X11/keysym.h X11/keysym.h)
  copy_host_header(/usr/include/X11/keysymdef.h X11/keysymdef.h)
  add_library(x11_keysyms INTERFACE)
  target_include_directories(x11_keysyms SYSTEM INTERFACE ${host_headers})
  find_package(OpenGL REQUIRED)  # opengl32 from mingw-w64
  include(${CMAKE_CURRENT_LIST_DIR}/imgui_glfw.cmake)
endif()
