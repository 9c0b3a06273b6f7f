#pragma once
// A whole file mapped read-only into memory: its pages are read from disk (and count towards the
// process's memory) only when touched. Fonts use it: FreeType reads a few tables and the glyphs
// drawn, not the whole 4 MB of a Hangul font.
#include <cstddef>
#include <string>

namespace mandalart {

class MappedFile {
public:
    MappedFile() = default;
    // Maps `path`; empty() when it cannot be opened or is empty (error() says why).
    explicit MappedFile(const std::string& path);
    ~MappedFile();
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const unsigned char* data() const { return data_; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const std::string& error() const { return error_; }
    // Lets the kernel take back the pages read so far (they are read again if touched).
    void drop_pages() const;

private:
    void unmap();
    unsigned char* data_ = nullptr;
    std::size_t size_ = 0;
    std::string error_;
};

}  // namespace mandalart
