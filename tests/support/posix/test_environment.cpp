#include "support/test_environment.hpp"

#include <cstdlib>

namespace mandalart::test {

void set_environment(const char* name, const std::string& value) { ::setenv(name, value.c_str(), 1); }
void unset_environment(const char* name) { ::unsetenv(name); }

}  // namespace mandalart::test
