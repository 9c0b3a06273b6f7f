#include "headless_view.hpp"

#include <stdexcept>

#include "bench_plan.hpp"

namespace mandalart::bench {
namespace {

ui::AppOptions options_for(const std::string& plan_path) {
    ui::AppOptions options;
    options.file = plan_path;
    options.clock = [] { return kBenchToday; };
    options.persist_new_plan = false;
    return options;
}

}  // namespace

const char* view_name(BenchView view) {
    switch (view) {
        case BenchView::Chart: return "chart";
        case BenchView::Focus: return "focus";
        case BenchView::CheckIn: return "checkin";
        case BenchView::Review: return "review";
    }
    return "?";
}

bool parse_view(const std::string& name, BenchView& view) {
    for (const BenchView v : kBenchViews)
        if (name == view_name(v)) {
            view = v;
            return true;
        }
    return false;
}

HeadlessView::HeadlessView(const std::string& plan_path, BenchView view) : app_(options_for(plan_path)) {
    if (const std::string error = app_.start(); !error.empty()) throw std::runtime_error(error);
    switch (view) {
        case BenchView::Chart: break;
        case BenchView::Focus: app_.show_focus(1); break;
        case BenchView::CheckIn: app_.show_check_in(); break;
        case BenchView::Review: app_.show_review(); break;
    }
    harness_ = std::make_unique<testing::UiHarness>(app_);
    harness_->frames(10);  // fonts built, layout and cached numbers settled
}

}  // namespace mandalart::bench
