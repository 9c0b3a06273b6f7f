// Windows has no X property for the programs that drive the window on Linux; the Wine window test
// reads the screen and the saved file instead. Nothing is published.
#include "platform/ui_state_property.hpp"

namespace mandalart::platform {

void UiStateProperty::publish(long, const char*, const std::string&) { (void)window_; }

}  // namespace mandalart::platform
