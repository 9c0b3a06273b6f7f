# Turns the distribution's packages into imported targets.
# Everything comes from Debian/Ubuntu packages; no third-party source lives in this repository.
# See third_party/README.md for the table of packages, versions and licences.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

# nlohmann_json (nlohmann-json3-dev) ships a CMake package: nlohmann_json::nlohmann_json
find_package(nlohmann_json 3.10 REQUIRED)

if(MANDALART_TESTS)
  # Catch2 v2 (catch2): Catch2::Catch2 and Catch.cmake for catch_discover_tests
  find_package(Catch2 2 REQUIRED)
  include(Catch)
endif()

# Storage draws the chart as PNG in software (Hangul through FreeType, fonts found by fontconfig).
pkg_check_modules(FREETYPE REQUIRED IMPORTED_TARGET freetype2)   # libfreetype-dev
pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig) # libfontconfig-dev
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)              # libstb-dev (libstb.a/.so)
add_library(stb::stb ALIAS PkgConfig::STB)
add_library(fontconfig::fontconfig ALIAS PkgConfig::FONTCONFIG)
add_library(freetype::freetype ALIAS PkgConfig::FREETYPE)
# The printable chart: a PDF page drawn by cairo, its text laid out by Pango (fonts embedded).
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo cairo-pdf)  # libpango1.0-dev, libcairo2-dev
add_library(pango::cairo ALIAS PkgConfig::PANGOCAIRO)

if(MANDALART_GUI)
  find_package(OpenGL REQUIRED)
  find_package(glfw3 3.3 REQUIRED)               # libglfw3-dev: target glfw
  find_package(X11 REQUIRED)                     # libx11-dev: keysyms for the input method
  # The input method (IBus, Fcitx5) over D-Bus: libdbus-1-dev, the reference implementation.
  pkg_check_modules(DBUS REQUIRED IMPORTED_TARGET dbus-1)
  add_library(dbus::dbus ALIAS PkgConfig::DBUS)
  pkg_check_modules(IMGUI_PC REQUIRED imgui)                       # libimgui-dev 1.86

  # libimgui.a already holds the GLFW and OpenGL3 backends, imgui_stdlib and imgui_freetype.
  find_library(IMGUI_LIBRARY NAMES libimgui.a imgui HINTS ${IMGUI_PC_LIBRARY_DIRS} REQUIRED)
  find_path(IMGUI_INCLUDE_DIR imgui.h HINTS ${IMGUI_PC_INCLUDE_DIRS} PATH_SUFFIXES imgui REQUIRED)
  add_library(imgui::imgui STATIC IMPORTED GLOBAL)
  set_target_properties(imgui::imgui PROPERTIES
    IMPORTED_LOCATION "${IMGUI_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${IMGUI_INCLUDE_DIR}")
  target_link_libraries(imgui::imgui INTERFACE
    glfw OpenGL::GL PkgConfig::FREETYPE PkgConfig::STB ${CMAKE_DL_LIBS} m)
  # The backends include their headers as "imgui.h" from backends/: expose both folders.
  set_property(TARGET imgui::imgui APPEND PROPERTY
    INTERFACE_INCLUDE_DIRECTORIES "${IMGUI_INCLUDE_DIR}/backends")
  # Mark as system headers so -Werror only applies to our own code.
  set_property(TARGET imgui::imgui PROPERTY INTERFACE_SYSTEM_INCLUDE_DIRECTORIES
    "${IMGUI_INCLUDE_DIR};${IMGUI_INCLUDE_DIR}/backends")
endif()
