#include "platform/gui.hpp"

#include <GLFW/glfw3.h>

#include <cmath>
#include <cstdlib>
#include <iostream>
#include <thread>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "core/settings.hpp"
#include "platform/gui_context.hpp"
#include "platform/gui_options.hpp"
#include "platform/screenshot.hpp"
#include "platform/ui_state_property.hpp"
#include "platform/window_input.hpp"
#include "platform/window_system.hpp"
#include "storage/user_language.hpp"
#include "storage/app_paths.hpp"
#include "ui/app.hpp"
#include "ui/keys.hpp"
#include "ui/text_input.hpp"
#include "ui/ui_state.hpp"

namespace mandalart::platform {
namespace {

// Frames drawn after any input, so that ImGui's state (hover, popups, layout) settles.
constexpr int kFramesAfterInput = 3;
// Frames laid out before a --screenshot is taken.
constexpr int kScreenshotFrames = 4;

struct GlWindow {
    GLFWwindow* window = nullptr;
    const char* glsl = nullptr;
};

// OpenGL 3.3 core first; 3.0 (GLSL 130) where 3.3 is not available.
GlWindow create_window(int width, int height, bool visible) {
    glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
    const struct { int major, minor; bool core; const char* glsl; } attempts[] = {
        {3, 3, true, "#version 330 core"}, {3, 0, false, "#version 130"}};
    for (const auto& a : attempts) {
        glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, a.major);
        glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, a.minor);
        glfwWindowHint(GLFW_OPENGL_PROFILE, a.core ? GLFW_OPENGL_CORE_PROFILE : GLFW_OPENGL_ANY_PROFILE);
        if (GLFWwindow* w = glfwCreateWindow(width, height, "Mandalart", nullptr, nullptr)) return {w, a.glsl};
    }
    return {};
}

float content_scale(GLFWwindow* window) {
    float x = 1.0f, y = 1.0f;
    glfwGetWindowContentScale(window, &x, &y);
    return std::max(1.0f, std::max(x, y));
}

// Going idle: the font files' pages, the fallback faces and the heap's free pages go back to the
// system (the glyphs drawn are in the atlas; a new one opens and reads what it needs again).
void rest(ui::App& app) {
    app.rest();
    return_memory();
}

// ImGui's side of a frame: the app draws into ImGui's lists.
void build_frame(GLFWwindow* window, ui::App& app, double now) {
    app.update_fonts(*ImGui::GetIO().Fonts, content_scale(window));
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    GuiContext& c = context_of(window);
    c.queue.apply(ImGui::GetIO(), ui::text_input().composition);
    c.trace.frame_input(c.activity.key_presses, c.queue.empty());
    ui::text_input().mode = c.input.input_mode();
    ImGui::NewFrame();
    app.frame(now);
    ImGui::Render();
    if (c.input.method() == nullptr) return;  // the window's position is an X round trip
    int x = 0, y = 0;
    glfwGetWindowPos(window, &x, &y);
    c.input.update(ui::text_input().request, x, y);
}

// OpenGL's side: the lists into the back buffer.
void draw_frame(GLFWwindow* window) {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void remember_window(GLFWwindow* window, Settings& s) {
    glfwGetWindowPos(window, &s.window_x, &s.window_y);
    glfwGetWindowSize(window, &s.window_width, &s.window_height);
}

// What the input method sent while the loop slept.
void take_input_method_messages(GuiContext& c, InputWaker* waker) {
    c.input.pump();
    if (waker != nullptr) waker->drained();
}

int event_loop(GLFWwindow* window, ui::App& app, InputWaker* waker) {
    GuiContext& c = context_of(window);
    int frames_left = kFramesAfterInput;
    std::string title;
    bool focused = glfwGetWindowAttrib(window, GLFW_FOCUSED) != 0;
    UiStateProperty state(window);
    while (!app.should_quit()) {
        if (frames_left <= 0) {
            // Settled after the last input: what the window shows, for the programs that drive it.
            state.publish(c.activity.key_presses, c.input.method() != nullptr ? c.input.method()->name() : nullptr,
                          ui::describe_ui_state(app));
            rest(app);
            const double wake = app.seconds_until_wakeup(glfwGetTime());
            c.activity.input_seen = false;
            if (wake < 0) glfwWaitEvents();
            else glfwWaitEventsTimeout(std::max(0.001, wake));
            take_input_method_messages(c, waker);
            frames_left = c.activity.input_seen || !c.queue.empty() ? kFramesAfterInput : 1;  // a timer wakes one frame
        } else {
            glfwPollEvents();
            take_input_method_messages(c, waker);
            if (c.activity.input_seen || !c.queue.empty()) frames_left = kFramesAfterInput;  // one event per frame at most
            c.activity.input_seen = false;
        }
        // Coming back to the window (from a file manager, a sync tool): look for conflict copies again.
        if (const bool now_focused = glfwGetWindowAttrib(window, GLFW_FOCUSED) != 0; now_focused != focused) {
            focused = now_focused;
            if (focused) app.window_focused();
        }
        if (glfwWindowShouldClose(window)) {
            glfwSetWindowShouldClose(window, GLFW_FALSE);
            app.request_quit(glfwGetTime());
            frames_left = kFramesAfterInput;
        }
        build_frame(window, app, glfwGetTime());
        // Behind a burst of input (a fast typist on a busy machine, where drawing is most of a
        // frame's cost), the frames that only take the next event are not drawn: the first frame
        // with nothing left to take shows them all. The order of events is the same.
        if (c.queue.empty()) {
            draw_frame(window);
            glfwSwapBuffers(window);
            c.trace.shown();
        }
        --frames_left;
        if (const std::string t = app.window_title(); t != title) {
            title = t;
            glfwSetWindowTitle(window, title.c_str());
        }
    }
    remember_window(window, app.settings());
    return 0;
}

int take_screenshot(GLFWwindow* window, ui::App& app, const std::string& path) {
    // A few frames so that layout, fonts and auto-sized windows settle; only the last one is
    // drawn, into the back buffer of the hidden window, and read back.
    for (int i = 0; i < kScreenshotFrames; ++i) {
        glfwPollEvents();
        build_frame(window, app, glfwGetTime());
    }
    draw_frame(window);
    rest(app);
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    const std::string error = write_framebuffer_png(w, h, path);
    if (!error.empty()) {
        std::cerr << error << "\n";
        return 1;
    }
    return 0;
}

}  // namespace

namespace {

ui::AppOptions app_options_for(const GuiOptions& options, const std::string& config) {
    ui::AppOptions app;
    app.file = options.file;
    app.font_override = options.font;
    app.compare_file = options.compare;
    app.default_language = user_language();
    app.theme = options.theme;
    app.language = options.language;
    // A screenshot shows the user's settings (theme, language, zoom) but never writes them.
    app.settings_path = config + "/settings.json";
    app.font_cache_path = cache_folder() + "/korean-faces";
    app.persist_new_plan = options.screenshot.empty();
    app.desktop = system_desktop();  // the weekly reminder (Settings); none on Windows yet
    app.wake = [] { glfwPostEmptyEvent(); };  // a command line's change arrived (thread-safe in GLFW)
    return app;
}

// Where the window goes and how small it may get: the remembered place, or exact pixels for a screenshot.
void place_window(GLFWwindow* window, const Settings& s, int width, int height, bool screenshot) {
    if (!screenshot && s.window_x >= 0 && s.window_y >= 0) glfwSetWindowPos(window, s.window_x, s.window_y);
    if (screenshot) glfwSetWindowSize(window, width, height);  // exact pixels, whatever the content scale
    glfwSetWindowSizeLimits(window, kMinWindowWidth, kMinWindowHeight, GLFW_DONT_CARE, GLFW_DONT_CARE);
    glfwMakeContextCurrent(window);
    glfwSwapInterval(1);
}

// ImGui on the window, sharing the atlas built meanwhile; imgui.ini in the config folder, never
// in the working folder (and not at all for a screenshot).
void start_imgui(const GlWindow& gl, ImFontAtlas& atlas, const std::string& config, bool screenshot) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext(&atlas);
    ImGuiIO& io = ImGui::GetIO();
    static std::string ini_path;
    ini_path = config + "/imgui.ini";
    io.IniFilename = screenshot ? nullptr : ini_path.c_str();
    if (!screenshot) make_folders(real_file_system(), config);
    // The input queue spreads events over frames itself, in the order the input method gave them.
    io.ConfigInputTrickleEventQueue = false;
    ImGui_ImplGlfw_InitForOpenGL(gl.window, false);  // the input layer feeds ImGui (window_input)
    ImGui_ImplOpenGL3_Init(gl.glsl);  // creates and updates the font texture as glyphs are loaded
}

void show_requested_view(ui::App& app, const GuiOptions& options) {
    if (options.grid) app.show_chart();
    if (options.focus_sub_goal > 0) app.show_focus(options.focus_sub_goal);
    if (options.check_in) app.show_check_in();
    if (options.review) app.show_review();
}

}  // namespace

int run_gui(const std::vector<std::string>& args) {
    const GuiOptions options = parse_gui_options(args);
    if (!options.error.empty()) {
        std::cerr << "mandalart: " << options.error << "\nusage: mandalart [FILE] [--font PATH] "
                     "[--theme light|dark] [--lang ko|en]\n       [--screenshot OUT.png [--view grid|checkin|review|focus:N] [--size WxH]] "
                     "[--compare LAST_YEAR_FILE]\n";
        return 2;
    }
    const bool screenshot = !options.screenshot.empty();
    const std::string config = config_folder();
    ui::App app(app_options_for(options, config));
    // What cannot be read at all is said on stderr and, when a window can open, in it too.
    const std::string start_error = app.start();
    if (!start_error.empty()) {
        std::cerr << start_error << "\n";
        if (screenshot) return 1;
    }
    // A damaged plan opens the window with the way back; stderr gets the line too. A screenshot
    // has no one to answer: it is refused.
    if (app.damaged()) {
        std::cerr << app.damaged()->error << "\n";
        if (screenshot) return 1;
    }
    if (!app.notice().empty() && !screenshot) std::cerr << "mandalart: " << app.notice() << "\n";
    GuiContext context;
    if (!screenshot) connect_input_method(context);
    const GLFWerrorfun say_glfw_error = [](int, const char* text) { std::cerr << "mandalart: GLFW: " << text << "\n"; };
    glfwSetErrorCallback(start_error.empty() ? say_glfw_error : nullptr);  // after a start error, its line is the one said
    if (!glfwInit()) {
        if (start_error.empty())
            std::cerr << "mandalart: cannot open a window (no display?); the command line still works: mandalart --help\n";
        return 1;
    }
    glfwSetErrorCallback(say_glfw_error);
    // The fonts (fontconfig's look-up, FreeType opening the Korean face) are added to the atlas on
    // a second thread while the window and its OpenGL context open; ImGui's context then shares
    // it. Glyphs load as they are first drawn, at the size drawn.
    ImFontAtlas atlas;
    std::jthread fonts([&app, &atlas] { app.prepare_fonts(atlas); });
    const Settings& s = app.settings();
    const int width = options.width > 0 ? options.width : s.window_width;
    const int height = options.height > 0 ? options.height : s.window_height;
    const GlWindow gl = create_window(width, height, !screenshot);
    if (gl.window == nullptr) {
        std::cerr << "mandalart: cannot create an OpenGL 3.0+ window\n";
        glfwTerminate();
        return 1;
    }
    place_window(gl.window, s, width, height, screenshot);
    glfwSetWindowUserPointer(gl.window, &context);
    install_window_input(gl.window);
    if (!screenshot) hook_window(gl.window, context);
    std::unique_ptr<InputWaker> waker = watch_input_method(context);
    fonts.join();
    start_imgui(gl, atlas, config, screenshot);
    show_requested_view(app, options);

    const int code = screenshot ? take_screenshot(gl.window, app, options.screenshot)
                                : event_loop(gl.window, app, waker.get());
    waker.reset();
    if (InputMethod* method = context.input.method(); method != nullptr && std::getenv("MANDALART_DEBUG_IME") != nullptr)
        std::cerr << "mandalart: " << method->name() << ": " << method->answer_summary() << "\n";
    context.input.attach(nullptr);
    if (!screenshot) app.shutdown(glfwGetTime());
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(gl.window);
    glfwTerminate();
    return code;
}

}  // namespace mandalart::platform
