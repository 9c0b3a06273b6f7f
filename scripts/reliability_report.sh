#!/bin/sh
# Writes docs/RELIABILITY.md (to stdout) from the figures the reliability tests recorded in
# FIGURES_DIR during a scripts/test.sh run. Not to be edited by hand: run scripts/test.sh.
set -eu
DIR=$1
fig() { if [ -f "$DIR/$1" ]; then tr -d '\n' < "$DIR/$1"; else printf 'not run'; fi; }
sum() { t=0; for n in "$@"; do v=$(fig "$n"); case "$v" in ''|*[!0-9]*) ;; *) t=$((t + v)) ;; esac; done; printf '%s' "$t"; }
MODE="quick: \`scripts/test.sh\`"
[ "${MANDALART_LONG:-0}" = 1 ] && MODE="long: \`scripts/test.sh --long\`"
if [ "$(fig suite_status)" = 0 ]; then RESULT="every test passed"; else RESULT="**SOME TESTS FAILED: these figures are not a pass**"; fi
FS_TYPE=$(stat -f -c %T /tmp 2>/dev/null || echo unknown)
# The last flake hunt recorded (scripts/flake_hunt.sh --record), kept from the page as it is.
FLAKE_HUNT=$(sed -n '/^<!-- flake-hunt -->$/,/^<!-- \/flake-hunt -->$/p' "$(dirname "$0")/../docs/RELIABILITY.md" 2>/dev/null)
[ -n "$FLAKE_HUNT" ] || FLAKE_HUNT=$(printf '<!-- flake-hunt -->\nNo hunt recorded yet.\n<!-- /flake-hunt -->')

cat <<DOC
# Reliability

A planner holds a year of someone's life. This page says what mandalart promises about your
plan file, how each promise is tested, and what the last run of the tests tried.

> Written by \`scripts/reliability_report.sh\` from the figures of the last test run, not by hand.
> Last run: $(date -u '+%Y-%m-%d %H:%M UTC'), $MODE, on $(uname -sr) $(uname -m), $(nproc) cores,
> /tmp on $FS_TYPE. Result: $RESULT.

## Figures from the last run

| What was tried | How many | Lost or corrupted files |
|---|---:|---:|
| \`mandalart set\` on a year-long plan ($(fig save_ms) ms per save) killed with SIGKILL at a random moment | $(fig kills) kills: $(fig kills_old) left the old content, $(fig kills_new) the new | $(fig kills_lost) |
| A save stopped dead after each step (open, write, fsync, close, rename, folder fsync), in the plan and in its backup | $(fig crash_points) crash points | 0 |
| Each save step failing with ENOSPC, EIO, EACCES and EROFS (plan, then backup) | $(sum faults_injected_save faults_injected_backup) injected faults | 0 |
| Every write path (25: the CLI's set, check, new, import, restore, next, merge, the git merge driver and its 7 exports; the editor's save, save as, restore, next year, 4 exports, crash journal and settings) failing at each step with ENOSPC, EIO, EACCES and EROFS (the 4 that draw the chart as an image: one error per step, all four in turn), through the one file system the CLI and the editor are given | $(sum fault_sweep_cli_plans fault_sweep_cli_exports fault_sweep_editor_plans fault_sweep_editor_exports) injected faults | 0 |
| Power cuts: every state the crash-state explorer's model allows after each write path (below), laid out on disk and opened as the owner would | $(sum crash_states_cli_save crash_states_editor crash_states_restore_next_merge crash_states_first_start crash_states_exports crash_states_conflict_copy) states | 0 acknowledged saves lost |
| A real full tmpfs and a read-only remount | $(fig real_fs_failures) filesystems | 0 |
| Malformed plans through \`mandalart validate\`: a real plan cut at every byte, a bit flipped in every byte, a wrong type at every JSON path | $(fig bad_inputs_validate) files, $(fig bad_inputs_validate_refused) refused | 0 written |
| The same through the editor's open | $(fig bad_inputs_editor) files, $(fig bad_inputs_editor_refused) refused | 0 written |
| The hand-made corpus (tests/corpus/bad), 10 MB strings, 100,000-deep nesting, through validate and the editor | $(sum bad_corpus_validate bad_corpus_editor) files | 0 written |
| The real binary (validate and the editor's open) on the corpus, a folder, a 50 MB file and an unreadable file | $(fig bad_files_binary) refusals | 0 written |
| libFuzzer on the plan loader (ASan + UBSan), $(fig fuzz_seconds) s | $(fig fuzz_executions) inputs, corpus grown to $(fig fuzz_corpus) | 0 crashes |
| The unit tiers (core, storage, session, headless ui, input layer) under ASan + UBSan | $(fig sanitizer_tests) tests | — |

Bit flips that land inside a text can leave a valid plan: $(fig bad_inputs_validate_accepted) did, and each was checked to
decode to a plan that writes back to a file that loads as the same plan, which validate accepts
too. Everything else was refused with one line of valid UTF-8 naming the file and the place
(\`FILE:LINE:COLUMN:\` or, for a wrong value, \`FILE: /json/path:\`), exit code 1.

## Power cuts: the crash-state explorer

A kill stops the program; a power cut also takes back what the disk had not yet made durable.
The explorer (tests/reliability/crash_states/) runs each write path once for real through a file
system that records every operation, then builds every state a power cut could leave, in the
manner of ALICE (OSDI 2014) and SQLite's crash tests: the cut after any prefix of the operations;
data not yet flushed lost, torn at a 4 KiB boundary, or read back as zeros, one file at a time and
all together; folder entries made, renamed or removed since their folder's last flush undone (all,
any one alone, or all from any point on); and, in a strict run, a rename cut between unlinking its
target and linking the new file. Each state is laid out on disk with a lock left by the dead process
(none, empty, zeros, cut short or whole, in turn) and opened as the owner would: the plan through the
editor's session, taking what Enter takes when it is damaged or gone; exports and settings as their
bytes. The owner must get the version acknowledged last (the CLI exited 0, the editor said saved), the
one being written, or the crash journal's unsaved edits; never less.

| Write path | Operations | Crash states (normal + strict) |
|---|---:|---:|
| \`mandalart set\` three times on a plan with 10 versions kept (backups and their rotation) | $(fig crash_ops_cli_save) | $(fig crash_states_cli_save) |
| The editor: journal, save, journal, save, journal, then the power goes | $(fig crash_ops_editor) | $(fig crash_states_editor) |
| \`restore\`, \`next\`, \`merge\` and the git merge driver | $(fig crash_ops_restore_next_merge) | $(fig crash_states_restore_next_merge) |
| A first start: the data folder and this year's plan made | $(fig crash_ops_first_start) | $(fig crash_states_first_start) |
| Every export (md with its png, pdf, png, svg, csv, tidy-csv, ics) and the settings | $(fig crash_ops_exports) | $(fig crash_states_exports) |
| A sync tool's conflict copy merged in the editor, then moved into the backups (its bytes must stay somewhere) | $(fig crash_ops_conflict_copy) | $(fig crash_states_conflict_copy) |

What it found, each fixed:
- **A rename cut in two left no plan at all**, and the editor then made a blank plan there: a plan
  that is gone while its earlier versions or a crash journal are kept now opens like a damaged one
  (\`… is gone: it may have been deleted or moved, or a power cut undid its last save\`), and Enter
  puts the newest good version back; the CLI names the restore command.
- **An older crash journal could outlive a newer save** (the journal's removal after a save is not
  flushed) and be offered back over it: the editor, before saving, now makes the journal hold exactly
  what it saves, flushed, so what it offers back is never older than the plan (if that cannot be
  written, the journal is removed and the plan saved all the same). The explorer checks both answers
  to the offer: declining and taking the unsaved changes back.
- **A folder the program made could vanish with the file in it** (the data folder on a first start,
  the backups' and the journal's folders): each folder made is now flushed into its parent.
- Checked the other way: with the fsyncs taken out of the save, the explorer fails 23,391 states;
  without the new folder flush, it fails the first start.

Not modelled: the lock file and its flock (a lock is rewritten in place, never renamed; the states
above carry every kind of leftover lock instead), and file systems that reorder a rename before the
data it names was flushed (every save flushes the data first).

## The window tests, repeated

Each window test runs on an X display and a session bus of its own and waits for states the
window publishes, never for time (docs/ARCHITECTURE.md, "Tests"). \`scripts/test.sh --repeat N\`
runs them N rounds over, as many at once as there are cores, to find any that fail by chance;
\`--repeat N --record\` writes its result here, and the runs of \`scripts/test.sh\` keep it.

What the first hunts found, each fixed where it was wrong:
- Two window tests on one display stole each other's focus and keys (\`ctest -j 2\` under one
  \`xvfb-run\`): each now has its own Xvfb, bus and runtime folder (tests/e2e/own_display.sh).
- Keys pressed after fixed sleeps: each step now waits for the window's published state.
- On a bus the test started before moving its home, dconf (started by the bus) kept gsettings'
  values in the real home, so ibus-hangul started in English mode: the bus is given the test's
  environment. The GTK reference entry took keys before its input context was up: the test waits
  until it composes.
- The editor noticed Fcitx5 leaving the session bus only at the next key, keeping a syllable
  "composing" meanwhile: it now follows the name's owner and commits at once (an editor fix).

$FLAKE_HUNT

## What is promised, and how it is tested

**A save replaces the file all at once.** The new content goes to a temporary file beside the
plan, is flushed (fsync), renamed over the plan, and the folder is flushed. Until the rename the
old file is untouched; after it the new one is complete. A failed fsync is final: the save is
abandoned and never renamed into place, and the next save writes a fresh file.
*Tests:* \`reliability: 1,000 SIGKILLs during saves lose nothing\` (tests/reliability/kill_loop.cpp)
checks the plan's hash after every kill against the old and new content, and that at most one
temporary file exists at a time and none after the next save. \`storage: a crash after any step …\`
stops a save after each step through the injectable file-system interface (src/storage/file_system.hpp).

**Errors lose nothing.** A full disk, an I/O error, a permission or read-only error at any step
gives one line (\`cannot save PATH: No space left on device (while writing)\`) and exit 1 from
the CLI; the old file stays byte-identical; in the editor the plan stays in memory, marked unsaved
(\`*\` and [저장 실패] in the title, a red banner), the autosave tries again, and quitting asks.
*Tests:* \`storage: every save step failing …\`, \`storage: when the backup cannot be written …\`,
\`storage: a failed fsync is final …\`, \`cli: full and read-only filesystem\` (a real tmpfs inside
\`unshare\`), \`ui: a failing disk is shown …\`.

**The last 10 versions are kept.** Before a save replaces the file, the bytes it replaces are kept
in \`\$XDG_STATE_HOME/mandalart/backups/<file name>-<hash of its path>/\`, the newest 10.
\`mandalart restore FILE --list\` lists them (newest first, time and size); \`mandalart restore FILE N\`
puts one back, and File → 이전 버전 복원 does the same in the editor. Restoring is itself a save, so
restoring 1 undoes it. If the backup cannot be written, the plan is not replaced.
*Tests:* \`storage: each save keeps the version it replaces …\`, \`storage: restoring version N …\`,
\`cli: restore --list …\`, \`ui: File → Restore previous version …\`.

**Edits survive a crash.** While the plan has unsaved edits, the editor keeps a copy in
\`\$XDG_STATE_HOME/mandalart/journal/\` at most 1 s behind (the autosave follows 1.5 s after the last
edit). After a crash or kill the next launch on that file asks whether to recover them; discarding
keeps them among the earlier versions anyway.
*Tests:* \`ui: edits not yet saved when the editor dies are offered back …\`, \`ui: discarding recovered edits …\`.

**One writer at a time.** The editor holds a lock file beside the plan (\`.NAME.lock\`: pid, host,
program, since when) with flock(2), so the kernel lets go of it when the process dies: a lock left
by a killed process on this host is taken over without asking. A second editor opens the plan
read-only and says who holds it; the CLI refuses to change it (\`cannot change PATH: it is open in
mandalart editor (pid 1234 on desk, since 2026-11-22 14:03); close it there first\`, exit 1).
A lock naming another host is not taken over, since its process cannot be seen from here.
*Tests:* \`storage: a second writer is refused …\`, \`storage: a lock left by a process that is gone …\`,
\`cli: a plan open in another mandalart is not written …\`, \`ui: a second editor on the same plan …\`.

**Changes by other programs are not overwritten.** Before each save the file is read and compared
with what was loaded by content hash (a change can keep the size and the modification time).
If it changed, the CLI refuses (exit 1) and the editor asks: reload theirs (mine goes to the
earlier versions), keep mine (theirs goes there), or save as.
*Tests:* \`storage: a save refuses a file another program changed …\`, \`ui: a plan changed by another program …\`,
\`ui: reloading theirs keeps my version …\`.

**Bad input is refused in one line and never written.** Limits: 16 MiB per file, nesting 64
deep, 200 characters per cell, 2000 per note; no BOM, no duplicate keys, UTF-8 only.
*Tests:* \`cli: validate refuses …\`, \`ui: the editor refuses …\`, \`reliability: the binary refuses bad files …\`,
\`storage:\` tests of each message, and \`scripts/fuzz.sh\` (tests/fuzz/plan_loader_fuzzer.cpp), which
also checks that every plan it can load writes back and reads again unchanged.

## What is not promised

- **Power loss** depends on the disk and filesystem honouring fsync; the save does everything
  POSIX offers (file and folder fsync). The crash journal is written without fsync: it protects
  against the program dying, not the machine.
- **The cell being typed** is part of the plan once it is committed (Enter, Tab, or leaving the
  cell); a kill while a cell editor is open loses that one cell's uncommitted text.
- **Network folders:** flock over NFS depends on the server; the lock file still names its holder.

## Running them

\`scripts/test.sh\` runs all of the above (the fuzzer for 60 s) and rewrites this page;
\`scripts/test.sh --long\` runs 10,000 kills, every bit of every byte flipped and 10 minutes of
fuzzing; \`scripts/fuzz.sh SECONDS\` fuzzes on its own.
DOC
