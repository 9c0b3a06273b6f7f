// The floor for start-up: a bare Dear ImGui + GLFW + OpenGL 3 window from the same packages as
// the editor, drawing one line of ASCII in ImGui's built-in font, then writing the same
// screenshot the editor's --screenshot writes (as many frames laid out, the last one drawn, the
// same PNG writer).
//   bare_window --screenshot OUT.png --size WxH
#include <GLFW/glfw3.h>
#include <GL/gl.h>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "platform/screenshot.hpp"

int main(int argc, char** argv) {
    std::string out;
    int width = 0, height = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--screenshot") == 0) out = argv[i + 1];
        else if (std::strcmp(argv[i], "--size") == 0) std::sscanf(argv[i + 1], "%dx%d", &width, &height);
    }
    if (out.empty() || width <= 0 || height <= 0) {
        std::cerr << "usage: bare_window --screenshot OUT.png --size WxH\n";
        return 2;
    }
    if (!glfwInit()) return 1;
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    GLFWwindow* window = glfwCreateWindow(width, height, "bare", nullptr, nullptr);
    if (window == nullptr) return 1;
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
    constexpr int kFrames = 4;  // laid out as the editor's --screenshot does; the last one drawn
    for (int i = 0; i < kFrames; ++i) {
        glfwPollEvents();
        ImGui_ImplOpenGL3_NewFrame();
        ImGui_ImplGlfw_NewFrame();
        ImGui::NewFrame();
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("bare", nullptr, ImGuiWindowFlags_NoDecoration);
        ImGui::TextUnformatted("Hello from a bare Dear ImGui window.");
        ImGui::End();
        ImGui::Render();
    }
    int fb_width = 0, fb_height = 0;
    glfwGetFramebufferSize(window, &fb_width, &fb_height);
    glViewport(0, 0, fb_width, fb_height);
    glClearColor(0.95f, 0.95f, 0.95f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    const std::string error = mandalart::platform::write_framebuffer_png(fb_width, fb_height, out);
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    if (!error.empty()) std::cerr << error << "\n";
    return error.empty() ? 0 : 1;
}
