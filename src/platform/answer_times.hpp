#pragma once
// How long an input method takes to answer: every answer's time, and the calls it never answered
// in time. The editor reports them with MANDALART_DEBUG_IME (the numbers the time limit in
// dbus_input_method.cpp was chosen from, docs/ARCHITECTURE.md), and the tests read them.
#include <string>
#include <vector>

namespace mandalart::platform {

class AnswerTimes {
public:
    void answered(double ms) { times_.push_back(ms); }
    void unanswered() { ++unanswered_; }
    std::size_t count() const { return times_.size(); }
    int unanswered_count() const { return unanswered_; }
    // The p-th percentile (0..100) of the answer times in ms; 0 when none.
    double percentile(double p) const;
    // "412 answers: p50 0.9 ms, p95 3.1 ms, p99 12 ms, max 48 ms; 0 unanswered"
    std::string summary() const;

private:
    std::vector<double> times_;
    int unanswered_ = 0;
};

}  // namespace mandalart::platform
