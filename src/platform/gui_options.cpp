#include "platform/gui_options.hpp"

#include <cstdio>

namespace mandalart::platform {

GuiOptions parse_gui_options(const std::vector<std::string>& args) {
    GuiOptions o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= args.size()) {
                o.error = a + " needs a value";
                return {};
            }
            return args[++i];
        };
        if (a == "--font") o.font = value();
        else if (a == "--compare") o.compare = value();
        else if (a == "--screenshot") o.screenshot = value();
        else if (a == "--view") {
            const std::string v = value();
            int n = 0;
            if (v == "grid") o.grid = true;
            else if (v == "checkin") o.check_in = true;
            else if (v == "review") o.review = true;
            else if (std::sscanf(v.c_str(), "focus:%d", &n) == 1 && n >= 1 && n <= 8) o.focus_sub_goal = n;
            else o.error = "--view expects grid, checkin, review or focus:N with N from 1 to 8, got \"" + v + "\"";
        } else if (a == "--size") {
            const std::string v = value();
            if (std::sscanf(v.c_str(), "%dx%d", &o.width, &o.height) != 2 || o.width < kMinWindowWidth ||
                o.height < kMinWindowHeight || o.width > 8192 || o.height > 8192)
                o.error = "--size expects WxH between " + std::to_string(kMinWindowWidth) + "x" + std::to_string(kMinWindowHeight) +
                          " (the smallest window) and 8192x8192, got \"" + v + "\"";
        } else if (a == "--theme") {
            const std::string v = value();
            if (v == "light") o.theme = Theme::Light;
            else if (v == "dark") o.theme = Theme::Dark;
            else o.error = "--theme expects light or dark, got \"" + v + "\"";
        } else if (a == "--lang") {
            const std::string v = value();
            if (v == "ko") o.language = Language::Korean;
            else if (v == "en") o.language = Language::English;
            else o.error = "--lang expects ko or en, got \"" + v + "\"";
        } else if (a.rfind("--", 0) == 0) {
            o.error = "unknown option " + a;
        } else if (o.file.empty()) {
            o.file = a;
        } else {
            o.error = "only one FILE can be opened";
        }
        if (!o.error.empty()) break;
    }
    return o;
}

}  // namespace mandalart::platform
