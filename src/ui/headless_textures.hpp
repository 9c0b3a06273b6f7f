#pragma once
// Frames drawn without a GPU (the headless tests, the benchmarks): the renderer's side of Dear
// ImGui 1.92's texture requests, kept in memory. Set up once after the context is made; honour
// after each ImGui::Render(), as a renderer backend would.
struct ImGuiIO;

namespace mandalart::ui {

// Tells ImGui that textures are created and updated here (glyphs then load as they are drawn).
void start_headless_textures(ImGuiIO& io);
// Creates, updates and destroys what the frame asked for (nothing is drawn: there is no GPU).
void honour_texture_requests();

}  // namespace mandalart::ui
