#pragma once
// The Korean faces fontconfig chose, remembered between starts: reading fontconfig's whole
// configuration costs a start-up about 15 ms, and most plans need no other face. A remembered face
// is used only while its file is unchanged (same size and modification time); the chain asks
// fontconfig again as soon as a character needs a fallback, and what it then chooses is
// remembered instead. The file is a cache: lost or damaged, fontconfig is simply asked.
#include <optional>
#include <string>

#include "fonts/font_chain.hpp"

namespace mandalart {

struct KoreanFaces {
    FontFace regular, bold;  // bold may be the regular face
    friend bool operator==(const KoreanFaces&, const KoreanFaces&) = default;
};

// The faces remembered at `path`, when both files are as they were; nullopt otherwise.
std::optional<KoreanFaces> remembered_faces(const std::string& path);
// Remembers `faces` at `path` (written whole, then renamed into place); false when it cannot.
bool remember_faces(const std::string& path, const KoreanFaces& faces);

}  // namespace mandalart
