// Every UI string has both its Korean and its English text, the two take the same printf
// arguments, and every id is used somewhere in the program (no dead strings to translate).
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ui/strings.hpp"

using namespace mandalart;
using namespace mandalart::ui;

namespace {

std::string conversions(const char* text) {  // "%s%d": the printf conversions, in order ("100% " is none)
    std::string out;
    for (const char* p = text; *p; ++p) {
        if (*p != '%') continue;
        const char* q = p + 1;
        while (*q != '\0' && std::strchr("-+ #0123456789.", *q) != nullptr && *q != ' ') ++q;
        if (*q != '\0' && std::strchr("sdiufxc", *q) != nullptr) out += std::string("%") + *q;
        p = *q == '%' ? q : p;
    }
    return out;
}

// The program's sources, except the list of strings itself (strings.def and the enum made of it).
std::string program_sources() {
    std::string all;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(MANDALART_SOURCE_DIR "/src")) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || name == "strings.def" || name == "strings.hpp") continue;
        std::ifstream in(entry.path());
        std::ostringstream text;
        text << in.rdbuf();
        all += text.str();
    }
    return all;
}

}  // namespace

TEST_CASE("every string has its Korean and English text, taking the same printf arguments") {
    for (int i = 0; i < static_cast<int>(Str::Count); ++i) {
        const Str id = static_cast<Str>(i);
        INFO(str_name(id));
        CHECK(std::string(tr(id, Language::Korean)).size() > 0);
        CHECK(std::string(tr(id, Language::English)).size() > 0);
        CHECK(conversions(tr(id, Language::Korean)) == conversions(tr(id, Language::English)));
    }
}

TEST_CASE("every string id is used by the program") {
    const std::string sources = program_sources();
    REQUIRE(sources.size() > 10000);
    for (int i = 0; i < static_cast<int>(Str::Count); ++i) {
        const std::string use = std::string("Str::") + str_name(static_cast<Str>(i));
        INFO(use);
        // A whole id: "Str::MenuFile" must not be found only as the start of "Str::MenuFileX".
        bool found = false;
        for (std::size_t at = sources.find(use); at != std::string::npos && !found; at = sources.find(use, at + 1)) {
            const char next = at + use.size() < sources.size() ? sources[at + use.size()] : ' ';
            found = !(std::isalnum(static_cast<unsigned char>(next)) || next == '_');
        }
        CHECK(found);
    }
}
