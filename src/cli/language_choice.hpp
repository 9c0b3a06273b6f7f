#pragma once
// The language of what a command writes for people (the Markdown retrospective): --lang ko|en,
// else the editor's language from its settings, else the locale — the UI language.
#include "cli/args.hpp"
#include "core/settings.hpp"

namespace mandalart::cli {

Language choose_language(const Args& args, std::string& error);

}  // namespace mandalart::cli
