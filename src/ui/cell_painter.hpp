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

private:
    // A bar along the bottom of the cell (and the percentage on emphasised cells); returns its height.
    float draw_progress(ImDrawList& list, const ViewContext& ctx, const CellAddress& address, const CellLook& look,
                        ImVec2 min, ImVec2 max, bool hovered);
    struct Cached {
        std::string text;
        ImVec2 box{0, 0};
        float max_size = 0;
        const ImFont* font = nullptr;
        FittedText fit;
    };
    const FittedText& layout(int slot, const ImFont& font, const std::string& text, ImVec2 box, float max_size,
                             float min_size);
    std::array<Cached, 81 + 8> cache_{};  // 73 values + hints share slots by filling index
};

}  // namespace mandalart::ui
