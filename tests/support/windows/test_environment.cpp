#include "support/test_environment.hpp"

#include <cstdlib>

namespace mandalart::test {

void set_environment(const char* name, const std::string& value) { ::_putenv_s(name, value.c_str()); }
void unset_environment(const char* name) { ::_putenv_s(name, ""); }  // an empty value removes it

}  // namespace mandalart::test
