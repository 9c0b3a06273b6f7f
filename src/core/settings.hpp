#pragma once
// The user's preferences for the editor (stored by storage/settings_file).
#include <string>
#include <vector>

namespace mandalart {

enum class Language { Korean, English };
enum class Theme { Light, Dark };
enum class View { Chart, CheckIn, Review };  // the tabs of the editor

// The smallest window the editor's layout is made for (the window cannot be made smaller).
inline constexpr int kMinWindowWidth = 640;
inline constexpr int kMinWindowHeight = 480;

struct Settings {
    Language language = Language::Korean;
    Theme theme = Theme::Light;
    float zoom = 1.0f;            // the user's zoom on top of the monitor's content scale
    std::string font_path;        // empty: find a Korean font through fontconfig
    std::vector<std::string> recent_files;  // most recent first
    int window_x = -1, window_y = -1;       // -1: let the window manager place it
    int window_width = 1280, window_height = 900;
    bool show_progress = true;
    bool show_targets = false;     // each action's target in a corner of its cell
    std::string last_folder;       // where a file dialog last chose a file (they open there)
    bool last_reflections = true;  // the review sets last year's reflections beside this year's
    // The weekly check-in reminder as the editor last set it (the desktop holds the real one).
    bool reminder_on = false;
    int reminder_weekday = 7;  // 1 (Monday) … 7 (Sunday)
    int reminder_hour = 21, reminder_minute = 0;
    View open_view = View::Chart;  // the tab the app last showed: it opens there again

    static constexpr std::size_t kMaxRecent = 10;
    static constexpr float kMinZoom = 0.5f, kMaxZoom = 3.0f;
    // Moves `path` to the front of the recent files.
    void remember_file(const std::string& path);
};

// Korean when LANG / LC_ALL / LC_MESSAGES (the first that is set) starts with "ko", else English.
Language language_from_locale(const char* lc_all, const char* lc_messages, const char* lang);

}  // namespace mandalart
