// The font atlas follows what is drawn: the plan's text, typed and pasted text, file names and
// messages; characters no installed font has are named once in the banner.
#include "ui/app.hpp"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "core/text.hpp"
#include "ui/keys.hpp"
#include "ui/stand_ins.hpp"
#include "ui/strings.hpp"
#include "ui/text_input.hpp"
#include "ui/theme.hpp"

namespace mandalart::ui {

bool App::update_fonts(ImFontAtlas& atlas, float content_scale) {
    ImGuiIO& io = ImGui::GetIO();
    bool typed = false;
    for (const ImWchar c : io.InputQueueCharacters) typed |= glyphs_.add(c);  // about to be drawn
    typed |= glyphs_.add_text(composition().text);                           // drawn at the caret
    if (io.KeyCtrl && io.KeysDown[key_index(Key::V)] && io.GetClipboardTextFn != nullptr) {  // a paste
        if (const char* clip = io.GetClipboardTextFn(io.ClipboardUserData)) typed |= glyphs_.add_text(clip);
    }
    const bool rebuilt = prepare_fonts(atlas, content_scale, typed);
    if (themed_scale_ != scale_) {
        apply_theme(settings_.theme, scale_);
        themed_scale_ = scale_;
    }
    return rebuilt;
}

bool App::prepare_fonts(ImFontAtlas& atlas, float content_scale, bool glyphs_added) {
    scale_ = std::clamp(content_scale * settings_.zoom, 0.5f, 4.0f);
    if (!fonts_configured_) {
        atlas_.configure(!options_.font_override.empty() ? options_.font_override : settings_.font_path);
        fonts_configured_ = true;
        atlas_stale_ = true;
    }
    bool added = glyphs_added;
    const Document& document = session_.document();
    if (glyph_revision_ != document.revision() || glyph_generation_ != session_.document_generation()) {
        added |= glyphs_.add_plan(document.plan());
        // Last year's plan (its reflections, beside) changes only with the document, not with each edit.
        if (const Plan* last = session_.previous_year(); last != nullptr && glyph_generation_ != session_.document_generation())
            added |= glyphs_.add_plan(*last);
        glyph_revision_ = document.revision();
        glyph_generation_ = session_.document_generation();
    }
    added |= add_new_glyphs();
    if (!added && !atlas_stale_ && built_scale_ == scale_) return false;
    atlas_.build(atlas, glyphs_, scale_);
    built_scale_ = scale_;
    atlas_stale_ = false;
    return true;
}

// Text shown outside the plan (file names, messages) is scanned only when it changes,
// not on every frame.
bool App::add_new_glyphs() {
    bool added = false;
    if (seen_listing_ != dialog_.listing_revision()) {
        for (const auto& name : dialog_.listing().folders) added |= glyphs_.add_text(name);
        for (const auto& name : dialog_.listing().files) added |= glyphs_.add_text(name);
        seen_listing_ = dialog_.listing_revision();
    }
    if (seen_recent_ != settings_.recent_files) {
        for (const auto& path : settings_.recent_files) added |= glyphs_.add_text(path);
        seen_recent_ = settings_.recent_files;
    }
    // The banner's words: looked at when the session's messages or the language change, not per frame.
    const BannerSource banner{session_.notice(), session_.save_error(), session_.conflict(), settings_.language};
    if (!(banner == seen_banner_)) {
        added |= glyphs_.add_text(save_error() + notice());
        seen_banner_ = banner;
    }
    if (seen_prompt_text_ != prompt_text_) {
        added |= glyphs_.add_text(prompt_text_);
        seen_prompt_text_ = prompt_text_;
    }
    return added;
}

// Characters that no installed font has are drawn as boxes and named once, in the banner.
void App::report_missing_glyphs() {
    std::string named;
    int count = 0;
    for (const char32_t c : atlas_.missing()) {
        if (!missing_reported_.insert(c).second) continue;
        if (++count > 6) continue;
        char code[16];
        std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(c));
        std::string glyph;
        append_utf8(glyph, c);
        named += (named.empty() ? "" : ", ") + to_imgui(glyph) + " " + code;
    }
    if (count == 0) return;
    if (count > 6) named += ", …";
    char line[512];
    std::snprintf(line, sizeof line, tr(Str::MissingGlyphsFormat, settings_.language), named.c_str());
    say(line);
}

}  // namespace mandalart::ui
