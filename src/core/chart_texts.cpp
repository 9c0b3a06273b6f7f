#include "core/chart_texts.hpp"

namespace mandalart {

ChartTexts chart_texts(const Plan& plan) {
    ChartTexts grid;
    for (int r = 0; r < kGridSize; ++r)
        for (int c = 0; c < kGridSize; ++c)
            grid[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)] = plan.text_at(address_at({r, c}));
    return grid;
}

}  // namespace mandalart
