# Dear ImGui and GLFW from their sources here, for Linux and Windows alike.
# GLFW 3.4 from third_party/glfw, through its own CMake build: a static library, X11 only on Linux
# (the Wayland decision is in docs/ARCHITECTURE.md), Win32 on Windows, no docs, examples, tests or
# install rules.
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
target_link_libraries(imgui PUBLIC glfw OpenGL::GL freetype::freetype ${CMAKE_DL_LIBS})
add_library(imgui::imgui ALIAS imgui)
