#include "ui/strings.hpp"

#include <array>

namespace mandalart::ui {
namespace {

struct Entry {
    const char* name;
    const char* ko;
    const char* en;
};

constexpr Entry kTable[] = {
#define MANDALART_STRING(id, ko, en) {#id, ko, en},
#include "ui/strings.def"
#undef MANDALART_STRING
};
static_assert(std::size(kTable) == static_cast<std::size_t>(Str::Count), "one entry per Str id");

}  // namespace

const char* tr(Str key, Language language) {
    const Entry& e = kTable[static_cast<std::size_t>(key)];
    return language == Language::Korean ? e.ko : e.en;
}

const char* str_name(Str key) { return kTable[static_cast<std::size_t>(key)].name; }

std::string cell_hint(const CellAddress& address, Language language) {
    switch (address.kind) {
        case CellKind::Core: return tr(Str::HintCore, language);
        case CellKind::SubGoal: return std::string(tr(Str::HintSubGoal, language)) + " " + std::to_string(address.sub_goal);
        case CellKind::Action: return std::string(tr(Str::HintAction, language)) + " " + format_address(address);
    }
    return {};
}

}  // namespace mandalart::ui
