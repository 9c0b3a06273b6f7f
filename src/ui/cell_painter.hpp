#pragma once
// Draws one Mandalart cell: its fill (core, sub-goal colour or plain), its text wrapped and
// shrunk to fit (or a faint hint when empty), and its selection/hover outline. Text layout is
// cached per cell and recomputed only when the text or the cell size changes.
#include <array>
#include <optional>
#include <string>

#include <imgui.h>

#include "core/address.hpp"
#include "ui/text_fit.hpp"
#include "ui/view_context.hpp"

namespace mandalart::ui {

// The smallest chart text in pixels at scale 1: at 640×480 cells cut their text rather than shrink past it.
inline constexpr float kLegibleText = 11.0f;

struct CellLook {
    ImU32 fill;
    ImU32 text;
    ImFont* font;
    bool emphasised;  // core and sub-goals
};

CellLook cell_look(const ViewContext& ctx, const CellAddress& address);

// The completion a cell shows (overall for the core, the roll-up for a sub-goal), or none:
// progress hidden, an untracked action, or nothing expected yet.
std::optional<double> cell_progress(const ViewContext& ctx, const CellAddress& address);

class CellPainter {
public:
    void draw(ImDrawList& list, const ViewContext& ctx, const CellAddress& address, ImVec2 min, ImVec2 max,
              bool selected, bool hovered);
    // How a cell's text was last laid out (for tests: sizes and lines against the cell).
    const FittedText& last_layout(const CellAddress& address) const;
    // The box that layout was fitted into (the cell less its padding, bar and target line).
    ImVec2 last_box(const CellAddress& address) const;

private:
    // The room the progress bar takes at the bottom of a cell (0 when it shows none).
    static float bar_room(const ViewContext& ctx, const CellAddress& address);
    // A cell's text fitted to a cell of `size`: the core goal's text is the largest, a sub-goal's no
    // larger than the core's, an action's no larger than its sub-goal's; larger cells (the focus
    // view) draw larger text.
    const FittedText& fitted(const ViewContext& ctx, const CellAddress& address, ImVec2 size);
    // A bar along the bottom of the cell (and the percentage on emphasised cells); returns its height.
    float draw_progress(ImDrawList& list, const ViewContext& ctx, const CellAddress& address, const CellLook& look,
                        ImVec2 min, ImVec2 max);
    void draw_target(ImDrawList& list, const ViewContext& ctx, const CellAddress& address, ImVec2 min, ImVec2 max);
    static float target_room(const ViewContext& ctx, const CellAddress& address, float cell_height);
    static float target_size(const ViewContext& ctx);
    void draw_tooltip(const ViewContext& ctx, const CellAddress& address, const std::string& whole_text);
    struct Cached {
        std::string text;
        ImVec2 box{0, 0};
        float max_size = 0;
        const ImFont* font = nullptr;  // identity only (the layout cache key)
        FittedText fit;
    };
    const FittedText& layout(int slot, ImFont& font, const std::string& text, ImVec2 box, float max_size,
                             float min_size);
    std::array<Cached, 81 + 8> cache_{};  // 73 values + hints share slots by filling index
};

}  // namespace mandalart::ui
