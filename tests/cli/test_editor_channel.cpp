// While the editor has a plan open, the command line's changes go through the editor (issue 28):
// a plan session listening on the plan's channel, the real binary running `mandalart check`. The
// change is one undoable step in the session, saved at once, and the command prints what the
// editor did. Without a listening editor the lock refuses, as before.
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <future>

#include "run_process.hpp"
#include "session/plan_session.hpp"
#include "storage/plan_channel.hpp"
#include "storage/plan_file.hpp"

using namespace mandalart;
using namespace mandalart::testing;

namespace {

constexpr const char* kToday = "2026-12-16";  // W51
const Date kDate{2026, 12, 16};

struct EditorFixture {
    TempFolder dir;
    std::string runtime = dir.file("run");
    ScopedEnv env{"XDG_RUNTIME_DIR", runtime};
    std::string path = dir.file("2026.mandalart.json");
    std::atomic<int> wakes{0};
    std::unique_ptr<PlanSession> session;

    explicit EditorFixture(bool listening = true) {
        ::mkdir(runtime.c_str(), 0700);
        REQUIRE(run_mandalart({"new", path, "--year", "2026"}, "2026-01-05").exit_code == 0);
        REQUIRE(run_mandalart({"set", path, "1.1", "물 2L"}, "2026-01-05").exit_code == 0);
        REQUIRE(run_mandalart({"set", path, "1.2", "운동 30분"}, "2026-01-05").exit_code == 0);
        SessionOptions options;
        options.today = [] { return kDate; };
        if (listening) options.wake = [this] { ++wakes; };
        session = std::make_unique<PlanSession>(options);
        REQUIRE(session->open(path, false, Language::Korean).empty());
        session->tick(0.0);
    }

    // Runs the command while the editor's loop goes on (as the window's does, woken by the channel).
    ProcessResult run(const std::vector<std::string>& args) {
        auto command = std::async(std::launch::async, [&] { return run_mandalart(args, kToday); });
        double now = 1.0;
        while (command.wait_for(std::chrono::milliseconds(2)) != std::future_status::ready) session->tick(now += 0.01);
        return command.get();
    }
    int on_disk(int week, int n, int m) { return load_plan_file(path).plan.count(week, n, m); }
};

}  // namespace

TEST_CASE("a check from the command line lands in the open editor, saved, as one undoable step") {
    EditorFixture editor;
    const ProcessResult r = editor.run({"check", editor.path, "1.1", "운동"});
    CHECK(r.exit_code == 0);
    CHECK(r.out == "2026-W51  1.1 물 2L: 1/1 this week\n2026-W51  1.2 운동 30분: 1/1 this week\n"
                   "(made in the editor that has " + editor.path + " open, and saved; Ctrl+Z there undoes it)\n");
    CHECK(r.err.empty());
    CHECK(editor.wakes > 0);
    const Plan& plan = editor.session->document().plan();
    CHECK(plan.count(51, 1, 1) == 1);
    CHECK(plan.count(51, 1, 2) == 1);
    CHECK(editor.on_disk(51, 1, 1) == 1);
    CHECK_FALSE(editor.session->document().dirty());
    CHECK(editor.session->notice() == Notice{Notice::Kind::FromCommandLine, "2"});
    // One step: one undo takes both ticks back.
    REQUIRE(editor.session->undo(5.0));
    CHECK(editor.session->document().plan().count(51, 1, 1) == 0);
    CHECK(editor.session->document().plan().count(51, 1, 2) == 0);
}

TEST_CASE("the editor's unsaved edits are the base: a tick adds to what is on screen") {
    EditorFixture editor;
    REQUIRE(editor.session->apply(SetCount{51, 1, 1, 1}, 0.5).empty());  // ticked in the editor, not saved yet
    const ProcessResult r = editor.run({"check", editor.path, "1.1", "--note", "주말에 몰아서"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.rfind("2026-W51  1.1 물 2L: 2/1 this week\n2026-W51  note saved\n", 0) == 0);
    CHECK(editor.session->document().plan().count(51, 1, 1) == 2);
    CHECK(editor.on_disk(51, 1, 1) == 2);
    CHECK(editor.session->document().plan().week_log(51)->note == "주말에 몰아서");
}

TEST_CASE("a refused change is refused by the editor with its reason, and nothing changes") {
    EditorFixture editor;
    const std::uint64_t revision = editor.session->document().revision();
    const ProcessResult r = editor.run({"check", editor.path, "1.3"});
    CHECK(r.exit_code == 1);
    CHECK(r.err == editor.path + ": action 1.3 is not written yet: give it a text before ticking it\n");  // as without the editor
    CHECK(editor.session->document().revision() == revision);
}

TEST_CASE("with no editor listening, the lock refuses as before") {
    EditorFixture editor(false);
    const ProcessResult r = editor.run({"check", editor.path, "1.1"});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("it is open in") != std::string::npos);
    CHECK(editor.on_disk(51, 1, 1) == 0);
}

TEST_CASE("the channel answers only its own user") {
    if (::getuid() != 0) return;  // needs another user to try; as root, nobody is one
    EditorFixture editor;
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::setuid(65534) != 0) ::_exit(2);
        ::_exit(ask_channel(editor.path, R"({"op":"plan"})", 2000).reached ? 1 : 0);
    }
    double now = 1.0;
    int status = 0;
    while (::waitpid(pid, &status, WNOHANG) == 0) editor.session->tick(now += 0.01);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
