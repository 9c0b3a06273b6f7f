#pragma once
// What every view reads: the document (never changed by a view) and presentation settings.
#include "core/document.hpp"
#include "core/settings.hpp"
#include "ui/font_atlas.hpp"

namespace mandalart::ui {

struct ViewContext {
    const Document& document;
    Language language;
    Theme theme;
    const Fonts& fonts;
    float scale;  // content scale × zoom
};

}  // namespace mandalart::ui
