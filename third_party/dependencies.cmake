# Turns the distribution's packages into imported targets, and builds the two libraries compiled
# into the program from their sources in third_party/ (Dear ImGui, GLFW).
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
  find_package(X11 REQUIRED)                     # libx11-dev: keysyms for the input method
  # The input method (IBus, Fcitx5) over D-Bus: libdbus-1-dev, the reference implementation.
  pkg_check_modules(DBUS REQUIRED IMPORTED_TARGET dbus-1)
  add_library(dbus::dbus ALIAS PkgConfig::DBUS)

  # GLFW 3.4 from third_party/glfw, through its own CMake build: a static library, X11 only (the
  # Wayland decision is in docs/ARCHITECTURE.md), no docs, examples, tests or install rules.
  set(GLFW_BUILD_DOCS OFF CACHE BOOL "" FORCE)
  set(GLFW_BUILD_EXAMPLES OFF CACHE BOOL "" FORCE)
  set(GLFW_BUILD_TESTS OFF CACHE BOOL "" FORCE)
  set(GLFW_INSTALL OFF CACHE BOOL "" FORCE)
  set(GLFW_BUILD_WAYLAND OFF CACHE BOOL "" FORCE)
  set(BUILD_SHARED_LIBS OFF)
  add_subdirectory(${CMAKE_CURRENT_LIST_DIR}/glfw ${CMAKE_BINARY_DIR}/third_party/glfw EXCLUDE_FROM_ALL SYSTEM)

  # Dear ImGui 1.92 from third_party/imgui: the core, the GLFW and OpenGL3 backends, the FreeType
  # font loader and the std::string helpers, as one static library. Characters are 32-bit
  # (IMGUI_USE_WCHAR32: emoji beyond U+FFFF are held as themselves), obsolete names are off.
  set(imgui_dir ${CMAKE_CURRENT_LIST_DIR}/imgui)
  add_library(imgui STATIC
    ${imgui_dir}/imgui.cpp ${imgui_dir}/imgui_draw.cpp ${imgui_dir}/imgui_tables.cpp ${imgui_dir}/imgui_widgets.cpp
    ${imgui_dir}/imgui_demo.cpp ${imgui_dir}/backends/imgui_impl_glfw.cpp ${imgui_dir}/backends/imgui_impl_opengl3.cpp
    ${imgui_dir}/misc/freetype/imgui_freetype.cpp ${imgui_dir}/misc/cpp/imgui_stdlib.cpp)
  target_compile_definitions(imgui PUBLIC IMGUI_ENABLE_FREETYPE IMGUI_USE_WCHAR32 IMGUI_DISABLE_OBSOLETE_FUNCTIONS)
  # System headers, so that -Werror applies to our own code only.
  target_include_directories(imgui SYSTEM PUBLIC ${imgui_dir} ${imgui_dir}/backends ${imgui_dir}/misc/freetype ${imgui_dir}/misc/cpp)
  target_link_libraries(imgui PUBLIC glfw OpenGL::GL PkgConfig::FREETYPE ${CMAKE_DL_LIBS})
  add_library(imgui::imgui ALIAS imgui)
endif()
