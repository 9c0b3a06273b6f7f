// What POSIX permission bits do to saving and loading (Linux only: Windows files take their
// permissions from the folder's ACL, and Wine has none to test).
#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include "core/example_plan.hpp"
#include "storage/plan_json.hpp"
#include "storage/atomic_write.hpp"
#include "storage/plan_file.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;

TEST_CASE("saving into a read-only folder fails and leaves the old file") {
    TempFolder dir;
    const std::string path = dir.file("p.json");
    write_all(path, "old");
    ::chmod(dir.path().c_str(), 0555);
    const std::string message = atomic_write(real_file_system(), path, "new");
    ::chmod(dir.path().c_str(), 0755);
    if (::geteuid() == 0) {
        // root ignores permission bits; the real read-only case is covered by tests/cli/full_disk_test.sh
        CHECK(message.empty());
    } else {
        CHECK(message == "cannot save " + path + ": Permission denied (while creating a temporary file)");
        CHECK(read_all(path) == "old");
    }
}

TEST_CASE("an unreadable file is refused") {
    TempFolder dir;
    const std::string locked = dir.file("locked.mandalart.json");
    write_all(locked, encode_plan(make_example_plan(2026)));
    ::chmod(locked.c_str(), 0);
    const std::string message = load_plan_file(locked).error;
    if (::geteuid() != 0) CHECK(message == locked + ": Permission denied");
    else CHECK(message.empty());  // root reads anything; the permission case is checked as a normal user
}
