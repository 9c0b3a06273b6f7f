#include <catch2/catch.hpp>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

#include "faulty_file_system.hpp"
#include "storage/atomic_write.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using namespace mandalart::testing;

TEST_CASE("atomic_write creates and replaces a file and leaves no temporary file") {
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    REQUIRE(atomic_write(real_file_system(), path, "first\n").empty());
    CHECK(read_all(path) == "first\n");
    REQUIRE(atomic_write(real_file_system(), path, "second 두번째\n").empty());
    CHECK(read_all(path) == "second 두번째\n");
    CHECK(dir.entries() == std::vector<std::string>{"plan.mandalart.json"});
}

TEST_CASE("atomic_write keeps the permissions of the file it replaces", "[linux]") {
    TempFolder dir;
    const std::string path = dir.file("p.json");
    write_all(path, "old");
    ::chmod(path.c_str(), 0600);
    REQUIRE(atomic_write(real_file_system(), path, "new").empty());
    struct stat st {};
    ::stat(path.c_str(), &st);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("a failure at any step before the rename leaves the old file byte-identical and no temp file") {
    const auto step = GENERATE(SaveStep::Open, SaveStep::Write, SaveStep::Fsync, SaveStep::Close, SaveStep::Rename);
    const int error = GENERATE(ENOSPC, EIO, EACCES, EROFS);
    TempFolder dir;
    const std::string path = dir.file("plan.mandalart.json");
    const std::string old_bytes = "{\"old\": \"내용\"}\n";
    write_all(path, old_bytes);
    FaultyFileSystem fs(step, error);
    const std::string message = atomic_write(fs, path, std::string(100000, 'x'));
    INFO(message);
    CHECK(message == "cannot save " + path + ": " + std::strerror(error) + " (while " + save_step_name(step) + ")");
    CHECK(message.find('\n') == std::string::npos);
    CHECK(read_all(path) == old_bytes);
    CHECK(dir.entries() == std::vector<std::string>{"plan.mandalart.json"});
}

TEST_CASE("a failed folder flush is reported even though the new content is in place") {
    TempFolder dir;
    const std::string path = dir.file("p.json");
    FaultyFileSystem fs(SaveStep::SyncFolder, EIO);
    CHECK(atomic_write(fs, path, "new") == "cannot save " + path + ": Input/output error (while flushing the folder): the new version is in place, but a power cut could still undo it");
    CHECK(dir.entries() == std::vector<std::string>{"p.json"});
}

TEST_CASE("saving into a folder that does not exist fails cleanly") {
    TempFolder dir;
    const std::string path = dir.file("missing/p.json");
    CHECK(atomic_write(real_file_system(), path, "x") ==
          "cannot save " + path + ": No such file or directory (while creating a temporary file)");
}


TEST_CASE("a save never replaces a device or a folder with a file", "[linux]") {
    CHECK(atomic_write(real_file_system(), "/dev/null", "x") == "cannot save /dev/null: not a regular file");
    struct stat st {};
    REQUIRE(::stat("/dev/null", &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
    mandalart::testing::TempFolder dir;
    std::filesystem::create_directory(dir.file("folder"));
    CHECK(atomic_write(real_file_system(), dir.file("folder"), "x") == "cannot save " + dir.file("folder") + ": not a regular file");
    CHECK(std::filesystem::is_directory(dir.file("folder")));
}
