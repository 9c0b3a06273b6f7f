#pragma once
// The fonts text is drawn with: a Korean face first, then the installed faces that cover what it
// lacks — Noto CJK for Hanja and Chinese, a colour emoji face for emoji, a symbol face — found
// through fontconfig on Linux (fonts/fontconfig), in the Fonts folder and beside the program on
// Windows (fonts/windows). The editor's atlas and the PNG export both draw through it.
#include <cstddef>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace mandalart {

struct FontFace {
    std::string path;
    int index = 0;       // the face inside a collection (.ttc)
    std::string family;  // "Noto Sans CJK KR"
    bool colour = false; // colour bitmaps (emoji)
    friend bool operator==(const FontFace&, const FontFace&) = default;
};

class FontChain {
public:
    // Looks up the Korean faces; fallbacks are looked up only when a character needs one.
    FontChain();
    ~FontChain();
    FontChain(FontChain&&) noexcept;
    FontChain& operator=(FontChain&&) noexcept;
    FontChain(const FontChain&) = delete;
    FontChain& operator=(const FontChain&) = delete;

    // The Korean face (nullptr when no installed font has Hangul); bold may be the regular one.
    const FontFace* primary(bool bold = false) const;
    // The face that draws `c`: the Korean face when it has it, else the first fallback that does
    // (a colour face first for emoji); nullptr when no installed font has it.
    const FontFace* face_for(char32_t c);
    // The fallback faces chosen so far, in the order they were first needed.
    std::vector<const FontFace*> fallbacks_used() const;

private:
    struct Source;  // the system's font catalogue: fontconfig, or the Windows Fonts folder
    void load_fallbacks();
    bool has(std::size_t face, char32_t c) const;

    std::unique_ptr<Source> source_;
    std::deque<FontFace> faces_;  // [0] regular, [1] bold, then the fallbacks in the catalogue's order
    bool have_primary_ = false;
    bool fallbacks_loaded_ = false;
    std::map<char32_t, int> chosen_;  // character → index in faces_, -1 for none
};

// Whether `c` is usually shown as an emoji picture (a colour face is preferred for it).
bool is_emoji(char32_t c);

}  // namespace mandalart
