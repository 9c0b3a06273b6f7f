#include <catch2/catch.hpp>

#include "core/text.hpp"

using namespace mandalart;

TEST_CASE("invalid UTF-8 is found at its byte offset") {
    CHECK_FALSE(find_invalid_utf8("만다라트 abc"));
    CHECK(find_invalid_utf8("ab\xFF") == 2u);
    CHECK(find_invalid_utf8("\xC0\x80") == 0u);          // overlong NUL
    CHECK(find_invalid_utf8("a\xED\xA0\x80") == 1u);     // surrogate
    CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0u);  // above U+10FFFF
    CHECK(find_invalid_utf8("가\xEA\xB0") == 3u);        // truncated sequence
}

TEST_CASE("invalid bytes in a quoted message become U+FFFD, valid text is kept") {
    CHECK(replace_invalid_utf8("만다라트 abc") == "만다라트 abc");
    CHECK(replace_invalid_utf8("last read: '\"\"\xEA'") == "last read: '\"\"\uFFFD'");
    CHECK(replace_invalid_utf8("가\xEA\xB0나") == "가\uFFFD\uFFFD나");
    CHECK_FALSE(find_invalid_utf8(replace_invalid_utf8("\xFF\xC0\x80\xED\xA0\x80")));
}

TEST_CASE("a message quoting a value stays one line: control characters are escaped as JSON writes them") {
    CHECK(one_line("got \"o\\\nce\"") == "got \"o\\\\nce\"");
    CHECK(one_line("a\tb\rc\x1B[31m\x7F") == "a\\tb\\rc\\u001b[31m\\u007f");
    CHECK(one_line("목표 그대로") == "목표 그대로");
    CHECK(one_line("\xFF") == "\uFFFD");
}

TEST_CASE("Hangul counts as two terminal columns") {
    CHECK(display_width("abc") == 3);
    CHECK(display_width("만다라트") == 8);
    CHECK(display_width("주 3회 운동") == 11);
    CHECK(count_code_points("만다라트") == 4);
}

TEST_CASE("An input method's caret in characters becomes a byte offset") {
    CHECK(utf8_offset("만다라트", 0) == 0);
    CHECK(utf8_offset("만다라트", 2) == 6);
    CHECK(utf8_offset("a만b", 2) == 4);
    CHECK(utf8_offset("만다", 9) == 6);  // past the end: all of it
}

TEST_CASE("wrapping keeps lines within the width, prefers spaces and keeps every character") {
    const auto lines = wrap_to_width("하루 물 2L 마시기", 8);
    for (const auto& l : lines) CHECK(display_width(l) <= 8);
    CHECK(lines == std::vector<std::string>{"하루 물", "2L", "마시기"});
    const auto long_word = wrap_to_width("가나다라마바사아자차", 6);
    CHECK(long_word == std::vector<std::string>{"가나다", "라마바", "사아자", "차"});
    CHECK(wrap_to_width("첫 줄\n둘째", 20) == std::vector<std::string>{"첫 줄", "둘째"});
    CHECK(wrap_to_width("", 5) == std::vector<std::string>{""});
    CHECK(pad_to_width("가", 4) == "가  ");
}

TEST_CASE("truncating to a width keeps whole characters and marks the cut") {
    CHECK(truncate_to_width("주 3회 운동", 20) == "주 3회 운동");
    CHECK(truncate_to_width("하루 물 2L 마시기", 8) == "하루 물…");
    CHECK(display_width(truncate_to_width("하루 물 2L 마시기", 8)) <= 8);
    CHECK(truncate_to_width("첫 줄\n둘째 줄", 20) == "첫 줄…");
    CHECK(truncate_to_width("abcdef", 4) == "abc…");
}
