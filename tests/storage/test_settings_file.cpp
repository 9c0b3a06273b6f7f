// settings.json: round trip, and a damaged file falls back to defaults with a warning.
#include <catch2/catch.hpp>

#include "storage/settings_file.hpp"

using namespace mandalart;

TEST_CASE("settings survive encode → decode, including the last view") {
    Settings s;
    s.language = Language::English;
    s.theme = Theme::Dark;
    s.zoom = 1.5f;
    s.recent_files = {"/home/지수/2026.mandalart.json"};
    s.show_progress = false;
    s.last_reflections = false;
    s.open_view = View::Review;
    const LoadedSettings back = decode_settings(encode_settings(s), Language::Korean);
    CHECK(back.warning.empty());
    CHECK(back.settings.language == Language::English);
    CHECK(back.settings.theme == Theme::Dark);
    CHECK(back.settings.zoom == 1.5f);
    CHECK(back.settings.recent_files == s.recent_files);
    CHECK_FALSE(back.settings.show_progress);
    CHECK_FALSE(back.settings.last_reflections);
    CHECK(back.settings.open_view == View::Review);
}

TEST_CASE("damaged settings fall back to defaults with a one-line warning") {
    const LoadedSettings broken = decode_settings("{\"zoom\": ", Language::Korean);
    CHECK_FALSE(broken.warning.empty());
    CHECK(broken.warning.find('\n') == std::string::npos);
    CHECK(broken.settings.language == Language::Korean);
    CHECK(broken.settings.open_view == View::Chart);
    const LoadedSettings wrong = decode_settings(R"({"zoom": "big", "view": 3, "show_progress": "yes"})", Language::English);
    CHECK(wrong.warning.empty());
    CHECK(wrong.settings.zoom == 1.0f);
    CHECK(wrong.settings.open_view == View::Chart);
    CHECK(wrong.settings.show_progress);
}
