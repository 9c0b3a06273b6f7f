#pragma once
// Draws one Mandalart cell: its fill (core, sub-goal colour or plain), its text wrapped and
// shrunk to fit (or a faint hint when empty), and its selection/hover outline. Text layout is
// cached per cell and recomputed only when the text or the cell size changes.
#include <array>
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

class CellPainter {
public:
    void draw(ImDrawList& list, const ViewContext& ctx, const CellAddress& address, ImVec2 min, ImVec2 max,
              bool selected, bool hovered);

private:
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
