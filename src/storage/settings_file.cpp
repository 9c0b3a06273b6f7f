#include "storage/settings_file.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "storage/atomic_write.hpp"
#include "storage/read_file.hpp"
#include "storage/strict_json.hpp"

namespace mandalart {

using nlohmann::ordered_json;

std::string encode_settings(const Settings& s) {
    ordered_json j;
    j["language"] = s.language == Language::Korean ? "ko" : "en";
    j["theme"] = s.theme == Theme::Dark ? "dark" : "light";
    j["zoom"] = s.zoom;
    j["font"] = s.font_path;
    j["recent_files"] = s.recent_files;
    j["window"] = {{"x", s.window_x}, {"y", s.window_y}, {"width", s.window_width}, {"height", s.window_height}};
    j["show_progress"] = s.show_progress;
    j["show_targets"] = s.show_targets;
    j["last_folder"] = s.last_folder;
    j["last_reflections"] = s.last_reflections;
    j["reminder"] = {{"on", s.reminder_on}, {"weekday", s.reminder_weekday}, {"hour", s.reminder_hour}, {"minute", s.reminder_minute}};
    j["view"] = s.open_view == View::CheckIn ? "check_in" : s.open_view == View::Review ? "review" : "chart";
    return j.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

namespace {

// Reads one field if it is present with the right type; otherwise keeps the default.
template <typename T>
void read_field(const ordered_json& j, const char* key, T& out) {
    const auto it = j.find(key);
    if (it == j.end()) return;
    try {
        out = it->template get<T>();
    } catch (const nlohmann::json::exception&) {
    }
}

}  // namespace

LoadedSettings decode_settings(const std::string& text, Language default_language) {
    LoadedSettings result;
    result.settings.language = default_language;
    const StrictJson parsed = parse_strict_json(text, "settings.json");
    if (!parsed.error.empty() || !parsed.value.is_object()) {
        result.warning = parsed.error.empty() ? "settings.json: expected an object" : parsed.error;
        return result;
    }
    const ordered_json& j = parsed.value;
    Settings& s = result.settings;
    std::string language, theme;
    read_field(j, "language", language);
    read_field(j, "theme", theme);
    if (language == "ko") s.language = Language::Korean;
    if (language == "en") s.language = Language::English;
    s.theme = theme == "dark" ? Theme::Dark : Theme::Light;
    read_field(j, "zoom", s.zoom);
    if (!(s.zoom >= Settings::kMinZoom && s.zoom <= Settings::kMaxZoom)) s.zoom = 1.0f;
    read_field(j, "font", s.font_path);
    read_field(j, "recent_files", s.recent_files);
    if (s.recent_files.size() > Settings::kMaxRecent) s.recent_files.resize(Settings::kMaxRecent);
    read_field(j, "show_progress", s.show_progress);
    read_field(j, "show_targets", s.show_targets);
    read_field(j, "last_folder", s.last_folder);
    read_field(j, "last_reflections", s.last_reflections);
    if (j.contains("reminder") && j["reminder"].is_object()) {
        const auto& r = j["reminder"];
        read_field(r, "on", s.reminder_on);
        read_field(r, "weekday", s.reminder_weekday);
        read_field(r, "hour", s.reminder_hour);
        read_field(r, "minute", s.reminder_minute);
        if (s.reminder_weekday < 1 || s.reminder_weekday > 7) s.reminder_weekday = 7;
        if (s.reminder_hour < 0 || s.reminder_hour > 23 || s.reminder_minute < 0 || s.reminder_minute > 59) {
            s.reminder_hour = 21;
            s.reminder_minute = 0;
        }
    }
    std::string view;
    read_field(j, "view", view);
    s.open_view = view == "check_in" ? View::CheckIn : view == "review" ? View::Review : View::Chart;
    if (const auto w = j.find("window"); w != j.end() && w->is_object()) {
        read_field(*w, "x", s.window_x);
        read_field(*w, "y", s.window_y);
        read_field(*w, "width", s.window_width);
        read_field(*w, "height", s.window_height);
    }
    s.window_width = std::clamp(s.window_width, kMinWindowWidth, 16384);
    s.window_height = std::clamp(s.window_height, kMinWindowHeight, 16384);
    return result;
}

LoadedSettings load_settings(const std::string& path, Language default_language) {
    const FileBytes file = read_file(path, 1024 * 1024);
    if (!file.error.empty()) {
        LoadedSettings defaults;
        defaults.settings.language = default_language;
        if (!file.missing) defaults.warning = file.error;
        return defaults;
    }
    return decode_settings(file.bytes, default_language);
}

std::string save_settings(const std::string& path, const Settings& settings, FileSystem& fs) {
    return atomic_write(fs, path, encode_settings(settings));
}

}  // namespace mandalart
