#include "platform/answer_times.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mandalart::platform {

double AnswerTimes::percentile(double p) const {
    if (times_.empty()) return 0.0;
    std::vector<double> sorted = times_;
    std::sort(sorted.begin(), sorted.end());
    // nearest rank
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

std::string AnswerTimes::summary() const {
    char line[160];
    std::snprintf(line, sizeof line, "%zu answers: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d unanswered",
                  times_.size(), percentile(50), percentile(95), percentile(99), percentile(100), unanswered_);
    return line;
}

}  // namespace mandalart::platform
