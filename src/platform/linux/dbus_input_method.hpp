#pragma once
// What IBus's and Fcitx5's D-Bus input contexts have in common: an object on a bus with FocusIn,
// FocusOut, Reset and a caret-rectangle method, signals for commits, compositions and forwarded
// keys, and a way to be destroyed. Each protocol adds how keys are sent and what its signals hold.
#include <chrono>
#include <memory>
#include <string>

#include "platform/answer_times.hpp"
#include "platform/linux/dbus_link.hpp"
#include "platform/input_method.hpp"

namespace mandalart::platform {

struct DbusProtocol {
    const char* name;            // for messages
    const char* service;         // the bus name
    const char* interface;       // the input context's interface
    const char* cursor_method;   // takes (x, y, w, h)
    const char* destroy_method;  // ends the input context
};

class DbusInputMethod : public InputMethod {
public:
    ~DbusInputMethod() override;

    const char* name() const override { return protocol_.name; }
    void focus_in() override { call("FocusIn"); }
    void focus_out() override { call("FocusOut"); }
    void reset() override { call("Reset"); }
    void set_cursor(int x, int y, int w, int h) override;
    int wake_fd() const override { return link_->fd(); }
    void dispatch(int timeout_ms) override { link_->dispatch(timeout_ms); }
    bool alive() const override { return link_->connected() && !gone_; }
    std::string answer_summary() const override { return times_.summary(); }

protected:
    DbusInputMethod(const DbusProtocol& protocol, std::unique_ptr<DbusLink> link, std::string context, ImeSink& sink);
    // The input context's signals, in the order they came.
    virtual void on_signal(DBusMessage* message) = 0;

    Message new_call(const char* method) const;
    // Sends `message` and waits for the answer (signals sent before it are delivered first);
    // true when it answered with a true boolean. No answer in time counts as false.
    bool call_for_bool(DBusMessage* message);
    void call(DBusMessage* message);
    void call(const char* method);
    // Sends and waits; notes when the input method is no longer there to answer.
    Message answer(DBusMessage* message);
    bool is_signal(DBusMessage* message, const char* name) const;

    ImeSink& sink_;

private:
    // The bus saying the input method's name has no owner any more.
    bool left_the_bus(DBusMessage* message) const;

    DbusProtocol protocol_;
    std::unique_ptr<DbusLink> link_;
    std::string context_;
    bool gone_ = false;  // the input method left the bus (its bus may live on: Fcitx5's session bus)
    // After an unanswered call, no call waits for it until then: a hung input method would
    // otherwise stall every key press and release by the time limit.
    std::chrono::steady_clock::time_point quiet_until_{};
    AnswerTimes times_;
    bool measured_;  // only when asked (MANDALART_DEBUG_IME): a long session's keys are not all kept
};

}  // namespace mandalart::platform
