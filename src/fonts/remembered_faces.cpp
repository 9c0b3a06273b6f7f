#include "fonts/remembered_faces.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/path_text.hpp"

namespace mandalart {
namespace {

// What identifies a font file's content well enough for a cache: its size and modification time.
std::string stamp_of(const std::string& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(file_path(path), ec);
    if (ec) return {};
    const auto time = std::filesystem::last_write_time(file_path(path), ec);
    if (ec) return {};
    return std::to_string(size) + ":" + std::to_string(time.time_since_epoch().count());
}

// One line per face: path, index, family, colour and the file's stamp, tab-separated.
std::string line_of(const FontFace& face) {
    return face.path + "\t" + std::to_string(face.index) + "\t" + face.family + "\t" + (face.colour ? "1" : "0") + "\t" +
           stamp_of(face.path) + "\n";
}

std::optional<FontFace> face_of(const std::string& line) {
    std::istringstream in(line);
    FontFace face;
    std::string index, colour, stamp;
    if (!std::getline(in, face.path, '\t') || !std::getline(in, index, '\t') || !std::getline(in, face.family, '\t') ||
        !std::getline(in, colour, '\t') || !std::getline(in, stamp))
        return std::nullopt;
    if (face.path.empty() || index.empty() || index.size() > 4 || index.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    face.index = std::stoi(index);
    face.colour = colour == "1";
    if (stamp.empty() || stamp != stamp_of(face.path)) return std::nullopt;  // gone or changed
    return face;
}

}  // namespace

std::optional<KoreanFaces> remembered_faces(const std::string& path) {
    std::ifstream in(file_path(path));
    std::string regular, bold;
    if (path.empty() || !std::getline(in, regular) || !std::getline(in, bold)) return std::nullopt;
    const auto r = face_of(regular), b = face_of(bold);
    if (!r || !b) return std::nullopt;
    return KoreanFaces{*r, *b};
}

bool remember_faces(const std::string& path, const KoreanFaces& faces) {
    if (path.empty()) return false;
    std::error_code ec;
    std::filesystem::create_directories(file_path(path).parent_path(), ec);
    const std::string temporary = path + ".new";
    {
        std::ofstream out(file_path(temporary), std::ios::trunc);
        out << line_of(faces.regular) << line_of(faces.bold);
        if (!out.flush()) return false;
    }
    std::filesystem::rename(file_path(temporary), file_path(path), ec);
    return !ec;
}

}  // namespace mandalart
