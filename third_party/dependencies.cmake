# Turns the distribution's packages into imported targets, and builds the two libraries compiled
# into the program from their sources in third_party/ (Dear ImGui, GLFW); the Windows build's own
# list is windows_dependencies.cmake.
# See third_party/README.md for the table of packages, versions and licences.
find_package(Threads REQUIRED)

if(WIN32)
  include(${CMAKE_CURRENT_LIST_DIR}/windows_dependencies.cmake)
  return()
endif()
find_package(PkgConfig REQUIRED)

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
# The system's font catalogue: fontconfig (fonts/fontconfig).
add_library(mandalart_font_catalogue INTERFACE)
target_link_libraries(mandalart_font_catalogue INTERFACE fontconfig::fontconfig)
# The printable chart: a PDF page drawn by cairo, its text laid out by Pango (fonts embedded).
pkg_check_modules(PANGOCAIRO REQUIRED IMPORTED_TARGET pangocairo cairo-pdf)  # libpango1.0-dev, libcairo2-dev
add_library(pango::cairo ALIAS PkgConfig::PANGOCAIRO)

if(MANDALART_GUI)
  find_package(OpenGL REQUIRED)
  find_package(X11 REQUIRED)                     # libx11-dev: keysyms for the input method
  # The input method (IBus, Fcitx5) over D-Bus: libdbus-1-dev, the reference implementation.
  pkg_check_modules(DBUS REQUIRED IMPORTED_TARGET dbus-1)
  add_library(dbus::dbus ALIAS PkgConfig::DBUS)

  include(${CMAKE_CURRENT_LIST_DIR}/imgui_glfw.cmake)
endif()
