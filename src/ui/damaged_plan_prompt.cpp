#include "ui/damaged_plan_prompt.hpp"
#include "core/path_text.hpp"

#include <cstdio>
#include <filesystem>

#include <imgui.h>

#include "core/calendar.hpp"
#include "ui/keys.hpp"
#include "ui/modal.hpp"
#include "ui/strings.hpp"

namespace mandalart::ui {
namespace {

Str damage_format(Damage damage) {
    switch (damage) {
        case Damage::Empty: return Str::DamageEmptyFormat;
        case Damage::Zeros: return Str::DamageZerosFormat;
        case Damage::CutShort: return Str::DamageCutShortFormat;
        case Damage::Utf16: return Str::DamageUtf16Format;
        case Damage::Utf32: return Str::DamageUtf32Format;
        case Damage::NotJson: return Str::DamageNotJsonFormat;
        case Damage::NotAPlan: return Str::DamageNotAPlanFormat;
        case Damage::Missing: return Str::DamageMissingFormat;
        case Damage::None:
        case Damage::Corrupt: break;
    }
    return Str::DamageCorruptFormat;
}

std::string formatted(Str format, Language language, const std::string& a, const std::string& b = {}) {
    char line[1024];
    std::snprintf(line, sizeof line, tr(format, language), a.c_str(), b.c_str());
    return line;
}

}  // namespace

std::string damage_sentence(const DamagedPlan& damaged, Language language) {
    const std::string name = file_name_of(damaged.path);
    std::string sentence = formatted(damage_format(damaged.damage), language, name, with_thousands(damaged.size));
    if (damaged_by_storage(damaged.damage)) sentence += std::string(" ") + tr(Str::DamageCause, language);
    return sentence;
}

std::string newest_good_sentence(const DamagedPlan& damaged, Language language) {
    if (damaged.journal) return formatted(Str::DamagedJournalFormat, language, damaged.journal->written);
    if (damaged.good.number == 0) return tr(Str::DamagedNoVersion, language);
    if (damaged.good.last_week == 0) return formatted(Str::DamagedVersionNoWeeksFormat, language, damaged.good.when);
    return formatted(Str::DamagedVersionFormat, language, damaged.good.when,
                     format_week({damaged.good.year, damaged.good.last_week}));
}

void DamagedPlanPrompt::draw(const ViewContext& ctx, const DamagedPlan* damaged, UiOutput& out) {
    const Language l = ctx.language;
    const bool gone = damaged != nullptr && damaged->damage == Damage::Missing;
    const std::string id = std::string(tr(gone ? Str::GoneTitle : Str::DamagedTitle, l)) + "###damaged";
    if (!begin_modal(id.c_str(), open_, damaged != nullptr)) return;
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap_width());
    ImGui::TextUnformatted(damage_sentence(*damaged, l).c_str());
    ImGui::TextDisabled("%s", damaged->error.c_str());  // the details, with the place
    ImGui::Spacing();
    ImGui::TextUnformatted(newest_good_sentence(*damaged, l).c_str());
    if (!gone) ImGui::TextDisabled("%s", tr(Str::DamagedKept, l));  // nothing there to keep
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const int best = damaged->best();
    if (best >= 0) {
        choice(tr(Str::DamagedRestore, l), cmd::RestoreDamaged{best}, out, "damaged-restore");
        if (enter_pressed()) {  // the newest good version: the safe answer is the default
            out.command(cmd::RestoreDamaged{best});
            ImGui::CloseCurrentPopup();
        }
        if (damaged->good.kept > 0) {
            beside_if_fits(tr(Str::DamagedOtherVersion, l));
            choice(tr(Str::DamagedOtherVersion, l), cmd::ShowRestore{}, out, "damaged-versions");
        }
    } else {
        choice(tr(Str::DamagedStartOver, l), cmd::StartOver{}, out, "damaged-start-over");
    }
    beside_if_fits(tr(Str::DamagedOpenOther, l));
    choice(tr(Str::DamagedOpenOther, l), cmd::Open{}, out, "damaged-open");
    beside_if_fits(tr(Str::MenuQuit, l));
    choice(tr(Str::MenuQuit, l), cmd::Quit{}, out, "damaged-quit");
    if (best >= 0) ImGui::TextDisabled("%s", tr(Str::DamagedEnterHint, l));
    ImGui::EndPopup();
}

}  // namespace mandalart::ui
