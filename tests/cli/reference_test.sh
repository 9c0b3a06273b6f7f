#!/bin/sh
# The man page and the shell completions made from the command table: `man -l` renders the page
# without a warning and it names every command `mandalart --help` lists; a scripted bash completes
# as a user's would (commands, --format values, cell addresses, plan files); zsh reads its script.
set -eu
BIN=$1
. "$(dirname "$0")/../e2e/work_folder.sh"
cd "$WORK"
"$BIN" help --man > mandalart.1
"$BIN" help --completion bash > mandalart.bash
"$BIN" help --completion zsh > _mandalart

MANWIDTH=100 man --warnings -l mandalart.1 2> warnings.txt | tr -s ' ' > page.txt  # justified: one space
[ ! -s warnings.txt ] || fail "man warns: $(cat warnings.txt)"
for command in $("$BIN" --help | sed -n 's/^  \([a-z-]*\) .*/\1/p'); do
    [ "$command" = help ] && continue
    grep -q "mandalart $command" page.txt || fail "the man page does not describe $command"
done
formats=$("$BIN" help export | sed -n 's/.*--format \([a-z|-]*\) .*/\1/p')
grep -q -- "--format $formats" page.txt || fail "the man page lost export's formats ($formats)"

touch 2026.mandalart.json notes.txt
complete_words() {  # WORDS... : what bash offers for the last word
    bash --norc --noprofile -c '. ./mandalart.bash; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _mandalart; printf "%s\n" "${COMPREPLY[@]}"' bash "$@" | sort | tr '\n' ' '
}
got=$(complete_words mandalart ex)
[ "$got" = "export " ] || fail "mandalart ex<TAB> gave '$got'"
got=$(complete_words mandalart export 2026.mandalart.json --format "")
[ "$got" = "csv ics md pdf png svg tidy-csv " ] || fail "--format <TAB> gave '$got'"
got=$(complete_words mandalart export 2026.mandalart.json --day s)
[ "$got" = "sat sun " ] || fail "--day s<TAB> gave '$got'"
got=$(complete_words mandalart set 2026.mandalart.json 3.)
[ "$got" = "3.1 3.2 3.3 3.4 3.5 3.6 3.7 3.8 " ] || fail "set FILE 3.<TAB> gave '$got'"
got=$(complete_words mandalart set 2026.mandalart.json c)
[ "$got" = "core " ] || fail "set FILE c<TAB> gave '$got'"
got=$(complete_words mandalart check 2026.mandalart.json --week 2026-W10 1.)
[ "$got" = "1.1 1.2 1.3 1.4 1.5 1.6 1.7 1.8 " ] || fail "check FILE --week W 1.<TAB> gave '$got'"
got=$(complete_words mandalart validate "")
[ "$got" = "2026.mandalart.json " ] || fail "validate <TAB> gave '$got' (only plan files)"
got=$(complete_words mandalart status 2026.mandalart.json --)
case "$got" in *"--format "*"--week "*) ;; *) fail "status FILE --<TAB> gave '$got'" ;; esac

zsh -n _mandalart || fail "zsh cannot read its completion"
echo "ok: the man page names every command; bash completes commands, values, cells and plan files"
