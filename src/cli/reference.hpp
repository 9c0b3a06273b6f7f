#pragma once
// The command-line reference made from the command table, so that it never disagrees with
// `mandalart help`: the man page mandalart(1) and the bash and zsh completions. The build runs
// `mandalart help --man` and `mandalart help --completion bash|zsh` to make the installed files.
#include <string>

namespace mandalart::cli {

std::string man_page();
std::string bash_completion();
std::string zsh_completion();

}  // namespace mandalart::cli
