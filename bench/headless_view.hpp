#pragma once
// The real editor on the full-year plan, in one view, drawn headless (an ImGui context with a
// built font atlas and no window): what one frame of that view costs without the GPU.
#include <memory>
#include <string>

#include "ui/app.hpp"
#include "../tests/ui/ui_harness.hpp"

namespace mandalart::bench {

enum class BenchView { Chart, Focus, CheckIn, Review };
inline constexpr BenchView kBenchViews[] = {BenchView::Chart, BenchView::Focus, BenchView::CheckIn, BenchView::Review};

const char* view_name(BenchView view);
// "chart", "focus", "checkin" or "review"; false when `name` is none of them.
bool parse_view(const std::string& name, BenchView& view);

class HeadlessView {
public:
    // The plan at `plan_path`, opened on its last day of the year: the review's heatmap is full.
    HeadlessView(const std::string& plan_path, BenchView view);
    void frame() { harness_->frame(); }

private:
    ui::App app_;
    std::unique_ptr<testing::UiHarness> harness_;
};

}  // namespace mandalart::bench
