#include "platform/key_trace.hpp"

#include <time.h>

namespace mandalart::platform {

KeyTrace::KeyTrace(const char* path) {
    if (path != nullptr && *path != '\0') file_.reset(std::fopen(path, "w"));
}

void KeyTrace::shown() {
    if (!file_ || pending_ == written_) return;
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    std::fprintf(file_.get(), "%.3f %ld\n", static_cast<double>(now.tv_sec) * 1e3 + static_cast<double>(now.tv_nsec) / 1e6,
                 pending_);
    std::fflush(file_.get());
    written_ = pending_;
}

}  // namespace mandalart::platform
