// The font chain's catalogue on Windows: the faces Windows ships for Korean and its neighbours,
// found in the Fonts folder (SHGetKnownFolderPath), and the fonts shipped beside the program
// (fonts\NanumGothic*.ttf, OFL) as the last resort, so that a machine without a Korean font (Wine
// has none) still draws Hangul. Each face's characters are asked of FreeType (its cmap).
#include "fonts/font_chain.hpp"

#include <windows.h>
#include <knownfolders.h>
#include <shlobj.h>

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>

#include "core/wide_text.hpp"
#include "fonts/mapped_file.hpp"

namespace mandalart {

struct FontChain::Source {
    FT_Library library = nullptr;
    std::deque<MappedFile> files;  // index-aligned with faces (and with FontChain::faces_)
    std::vector<FT_Face> faces;
    ~Source() {
        for (FT_Face f : faces)
            if (f != nullptr) FT_Done_Face(f);
        if (library != nullptr) FT_Done_FreeType(library);
    }
    // Opens `face` (nullptr when the file is missing or not a font).
    FT_Face open(const FontFace& face) {
        files.emplace_back(face.path);
        FT_Face f = nullptr;
        const MappedFile& file = files.back();
        if (library == nullptr || file.empty() ||
            FT_New_Memory_Face(library, file.data(), static_cast<FT_Long>(file.size()), face.index, &f) != 0)
            f = nullptr;
        faces.push_back(f);
        return f;
    }
    // Closes the face opened last.
    void drop_last() {
        if (faces.back() != nullptr) FT_Done_Face(faces.back());
        faces.pop_back();
        files.pop_back();
    }
};

namespace {

std::string fonts_folder() {
    PWSTR path = nullptr;
    std::string out;
    if (::SHGetKnownFolderPath(FOLDERID_Fonts, 0, nullptr, &path) == S_OK && path != nullptr) out = utf8_text(path);
    ::CoTaskMemFree(path);
    return out;
}

// fonts\ beside mandalart.exe: what the zip and the installer ship.
std::string shipped_folder() {
    wchar_t path[MAX_PATH * 4] = {};
    const DWORD n = ::GetModuleFileNameW(nullptr, path, static_cast<DWORD>(std::size(path)));
    std::string exe = utf8_text(std::wstring_view(path, n));
    const std::size_t slash = exe.find_last_of("\\/");
    return (slash == std::string::npos ? std::string(".") : exe.substr(0, slash)) + "\\fonts";
}

struct Known {
    const char* file;
    int index;
    bool shipped;  // beside the program, not in the Fonts folder
};

// The Korean faces, best first: Malgun Gothic (every Windows since Vista), Gulim, then ours.
constexpr Known kKorean[][2] = {
    {{"malgun.ttf", 0, false}, {"malgunbd.ttf", 0, false}},
    {{"gulim.ttc", 0, false}, {"gulim.ttc", 0, false}},
    {{"NanumGothic.ttf", 0, true}, {"NanumGothicBold.ttf", 0, true}},
};

// What covers what the Korean face lacks: emoji, Japanese and Chinese (Hanja the Korean face
// lacks), symbols, then Latin and the rest, then ours.
constexpr Known kFallbacks[] = {
    {"seguiemj.ttf", 0, false}, {"YuGothM.ttc", 0, false}, {"msyh.ttc", 0, false}, {"msjh.ttc", 0, false},
    {"simsun.ttc", 0, false},   {"msgothic.ttc", 0, false}, {"seguisym.ttf", 0, false}, {"segoeui.ttf", 0, false},
    {"arial.ttf", 0, false},    {"tahoma.ttf", 0, false},  {"NanumGothic.ttf", 0, true},
};

std::string path_of(const Known& k, const std::string& fonts, const std::string& shipped) {
    return (k.shipped ? shipped : fonts) + "\\" + k.file;
}

bool has_hangul(FT_Face f) { return f != nullptr && FT_Get_Char_Index(f, 0xAC00) != 0 && FT_Get_Char_Index(f, 0xD7A3) != 0; }

FontFace face_of(const std::string& path, int index, FT_Face f) {
    FontFace face;
    face.path = path;
    face.index = index;
    face.family = f != nullptr && f->family_name != nullptr ? f->family_name : "";
    // Colour bitmap faces only (as Noto Color Emoji on Linux); Segoe UI Emoji's layered colour
    // glyphs are drawn from its outlines, in one colour.
    face.colour = f != nullptr && FT_HAS_COLOR(f) && !FT_IS_SCALABLE(f);
    return face;
}

}  // namespace

FontChain::FontChain() : source_(std::make_unique<Source>()) {
    if (FT_Init_FreeType(&source_->library) != 0) source_->library = nullptr;
    faces_.resize(2);
    const std::string fonts = fonts_folder(), shipped = shipped_folder();
    for (const auto& pair : kKorean) {
        const std::string regular = path_of(pair[0], fonts, shipped), bold = path_of(pair[1], fonts, shipped);
        FT_Face r = source_->open({regular, pair[0].index, {}, false});
        if (!has_hangul(r)) {  // not there, or no Hangul: the next candidate
            source_->drop_last();
            continue;
        }
        faces_[0] = face_of(regular, pair[0].index, r);
        FT_Face b = source_->open({bold, pair[1].index, {}, false});
        faces_[1] = has_hangul(b) ? face_of(bold, pair[1].index, b) : faces_[0];
        have_primary_ = true;
        return;
    }
    source_->faces.assign(2, nullptr);
    source_->files.resize(2);
}

FontChain::~FontChain() = default;
FontChain::FontChain(FontChain&&) noexcept = default;
FontChain& FontChain::operator=(FontChain&&) noexcept = default;

bool FontChain::has(std::size_t face, char32_t c) const {
    const FT_Face f = face < source_->faces.size() ? source_->faces[face] : nullptr;
    if (face == 1 && faces_[1] == faces_[0]) return has(0, c);
    return f != nullptr && FT_Get_Char_Index(f, c) != 0;
}

void FontChain::load_fallbacks() {
    fallbacks_loaded_ = true;
    const std::string fonts = fonts_folder(), shipped = shipped_folder();
    for (const Known& k : kFallbacks) {
        const std::string path = path_of(k, fonts, shipped);
        if (std::any_of(faces_.begin(), faces_.end(), [&](const FontFace& f) { return f.path == path && f.index == k.index; }))
            continue;
        if (::GetFileAttributesW(wide_text(path).c_str()) == INVALID_FILE_ATTRIBUTES) continue;
        FT_Face f = source_->open({path, k.index, {}, false});
        if (f == nullptr) {
            source_->drop_last();
            continue;
        }
        faces_.push_back(face_of(path, k.index, f));
    }
}

}  // namespace mandalart
