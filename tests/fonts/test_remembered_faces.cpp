// The Korean faces fontconfig chose, remembered between starts, and used only while unchanged.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "fonts/remembered_faces.hpp"
#include "temp_folder.hpp"

using namespace mandalart;
using mandalart::testing::TempFolder;

namespace {

std::string write(const TempFolder& dir, const std::string& name, const std::string& bytes) {
    const std::string path = dir.file(name);
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
}

}  // namespace

TEST_CASE("remembered Korean faces come back while their files are unchanged") {
    TempFolder dir;
    const KoreanFaces faces{{write(dir, "Regular.ttf", "regular font bytes"), 0, "Nanum Gothic", false},
                            {write(dir, "Bold.ttc", "bold font bytes"), 2, "Nanum Gothic", false}};
    const std::string cache = dir.file("cache/korean-faces");
    REQUIRE(remember_faces(cache, faces));
    const auto back = remembered_faces(cache);
    REQUIRE(back);
    CHECK(*back == faces);
    CHECK_FALSE(std::filesystem::exists(cache + ".new"));
}

TEST_CASE("a remembered face whose file changed or went is not used: fontconfig is asked again") {
    TempFolder dir;
    const KoreanFaces faces{{write(dir, "Regular.ttf", "regular"), 0, "A", false}, {write(dir, "Bold.ttf", "bold"), 0, "A", false}};
    const std::string cache = dir.file("korean-faces");
    REQUIRE(remember_faces(cache, faces));
    write(dir, "Bold.ttf", "a newer, longer bold font");  // reinstalled
    CHECK_FALSE(remembered_faces(cache));
    REQUIRE(remember_faces(cache, faces));
    std::filesystem::remove(faces.regular.path);  // uninstalled
    CHECK_FALSE(remembered_faces(cache));
}

TEST_CASE("a damaged, empty or missing cache is simply not used") {
    TempFolder dir;
    CHECK_FALSE(remembered_faces(dir.file("none")));
    CHECK_FALSE(remembered_faces(""));
    CHECK_FALSE(remembered_faces(write(dir, "empty", "")));
    CHECK_FALSE(remembered_faces(write(dir, "one line", "/x.ttf\t0\tA\t0\t1:2\n")));
    CHECK_FALSE(remembered_faces(write(dir, "bad index", "/x.ttf\tzero\tA\t0\t1:2\n/x.ttf\t0\tA\t0\t1:2\n")));
    CHECK_FALSE(remembered_faces(write(dir, "binary", std::string("\0\1\2\t\t\t\n\n", 9))));
    CHECK_FALSE(remember_faces("", KoreanFaces{}));
}
