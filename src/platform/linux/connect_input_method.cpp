#include "platform/input_method.hpp"

#include <cstdlib>

namespace mandalart::platform {

std::unique_ptr<InputMethod> connect_input_method(ImeSink& sink, std::string& why) {
    // The one the desktop names first (XMODIFIERS=@im=fcitx, GTK_IM_MODULE=fcitx), then the other.
    const auto names = [](const char* var, const char* what) {
        const char* v = std::getenv(var);
        return v != nullptr && std::string(v).find(what) != std::string::npos;
    };
    const bool fcitx_first = names("XMODIFIERS", "fcitx") || names("GTK_IM_MODULE", "fcitx") || names("QT_IM_MODULE", "fcitx");
    std::string ibus_why, fcitx_why;
    std::unique_ptr<InputMethod> im;
    if (fcitx_first) im = connect_fcitx5(sink, fcitx_why);
    if (!im) im = connect_ibus(sink, ibus_why);
    if (!im && !fcitx_first) im = connect_fcitx5(sink, fcitx_why);
    if (!im) why = ibus_why + (fcitx_why.empty() ? "" : "; " + fcitx_why);
    return im;
}

}  // namespace mandalart::platform
