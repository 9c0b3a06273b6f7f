#pragma once
// The functions behind each subcommand (one file each), gathered by commands.cpp.
#include "cli/command.hpp"

namespace mandalart::cli {

int run_new(const Args& args, Io& io);
int run_validate(const Args& args, Io& io);
int run_show(const Args& args, Io& io);
int run_set(const Args& args, Io& io);
int run_target(const Args& args, Io& io);
int run_start(const Args& args, Io& io);
int run_check(const Args& args, Io& io);
int run_status(const Args& args, Io& io);
int run_report(const Args& args, Io& io);
int run_export(const Args& args, Io& io);
int run_import(const Args& args, Io& io);
int run_next(const Args& args, Io& io);
int run_restore(const Args& args, Io& io);
int run_merge(const Args& args, Io& io);
int run_git_setup(const Args& args, Io& io);
int run_merge_driver(const Args& args, Io& io);
int run_conflicts(const Args& args, Io& io);
int run_remind(const Args& args, Io& io);

}  // namespace mandalart::cli
