#pragma once
// Environment variables for the tests, on either system (setenv on Linux, _putenv_s on Windows).
#include <string>

namespace mandalart::test {

void set_environment(const char* name, const std::string& value);
void unset_environment(const char* name);

}  // namespace mandalart::test
