#pragma once
// The year-end retrospective (회고) as a blog-ready Markdown draft in the user's language:
// title, the year in numbers, a table per sub-goal, the routines kept best and missed most, the
// milestones, the week notes quoted, the reflections, and two images written beside the
// Markdown and linked relatively: the chart shaded by completion and the weekly trend.
#include <string>
#include <vector>

#include "core/review.hpp"
#include "core/settings.hpp"
#include "storage/file_system.hpp"

namespace mandalart {

// The Markdown text; `image` and `trend_image` are the relative links to the chart picture and
// the weekly trend's (empty: none).
std::string retrospective_markdown(const Plan& plan, const PlanStats& stats, const Comparison& previous,
                                   Language language, const std::string& image, const std::string& trend_image = {});

// The PNG's path for a Markdown path: "회고.md" → "회고.png" (beside it).
std::string image_path_for(const std::string& markdown_path);
// The weekly trend's PNG beside it: "회고.md" → "회고-trend.png".
std::string trend_path_for(const std::string& markdown_path);
// Both pictures a retrospective writes beside its Markdown.
std::vector<std::string> retrospective_images(const std::string& markdown_path);

// Writes the chart PNG, then the Markdown (each atomically, through `fs`). Returns an error line or "".
std::string write_retrospective(const std::string& markdown_path, const Plan& plan, const PlanStats& stats,
                                const Comparison& previous, Language language, FileSystem& fs);

// Markdown-escapes user text for inline use (ASCII punctuation that Markdown reads is backslashed;
// line breaks become spaces, or "<br>" inside a table cell).
std::string md_inline(const std::string& text, bool table_cell = false);

}  // namespace mandalart
