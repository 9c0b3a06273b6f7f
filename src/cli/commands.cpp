#include <ostream>

#include "cli/commands_list.hpp"
#include "core/address.hpp"

namespace mandalart::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"new", "mandalart new FILE [--year Y] [--title T] [--example [--simulate]]", "create a blank plan (or a complete Korean example)",
         "Creates FILE (by convention NAME.mandalart.json) holding an empty plan for year Y\n"
         "(default: this year), titled \"Y 만다라트\" (\"Mandalart Y\" in English) unless --title,\n"
         "starting this week (W01 when Y has not begun yet or is past). --example fills all 81 cells with a realistic Korean plan;\n"
         "--simulate adds a made-up history of check-ins up to this week (for trying the\n"
         "check-in and review views); an example starts in W01. Refuses to overwrite an existing file.",
         {{"year", "title"}, {"example", "simulate"}, {}}, 1, 1, run_new, "new-plan"},
        {"validate", "mandalart validate FILE", "check a plan file; prints ok or the errors",
         "Reads FILE and checks it against the format (docs/FORMAT.md). Prints ok and exits 0,\n"
         "or prints one line per problem (FILE:LINE:COL for JSON syntax, a JSON path for\n"
         "wrong or missing values) and exits 1. Never writes anything.",
         {}, 1, 1, run_validate, "plan"},
        {"show", "mandalart show FILE [--format text|csv|json]", "print the 9x9 chart",
         "text: an aligned table (Hangul counts as two columns; long cells wrap).\n"
         "csv:  the 9x9 layout, one CSV row per chart row.\n"
         "json: {\"year\": Y, \"title\": T, \"grid\": [[9 strings] x 9]} in chart order.",
         {{"format"}, {}, {{"format", {"text", "csv", "json"}}}}, 1, 1, run_show, "plan"},
        {"set", "mandalart set FILE CELL TEXT", "set the text of a cell (or the plan's title)",
         "CELL is title (the plan's title), core, a sub-goal N (1..8) or an action N.M (1..8).\n"
         "An action counts in the numbers once it is written. Sub-goals are numbered in\n"
         "reading order around the centre: 1 top-left, 2 top, 3 top-right, 4 left, 5 right,\n"
         "6 bottom-left, 7 bottom, 8 bottom-right; actions use the same order in their block.\n"
         "Texts hold at most 200 characters.",
         {}, 3, 3, run_set, "plan cell text"},
        {"target", "mandalart target FILE ACTION TARGET", "set how often an action is meant to happen",
         "ACTION is N.M or a part of its text only one action has. TARGET is N/week (1..7), N/month (1..31), N/year (1..366), once (a milestone)\n"
         "or none (a mindset or reference item with nothing to tick).",
         {}, 3, 3, run_target, "plan action target"},
        {"start", "mandalart start FILE [ACTION] WEEK", "set the week the plan (or an action) began",
         "WEEK is an ISO week of the plan's year, like 2026-W27. Nothing is owed before the start:\n"
         "earlier weeks are not misses, and check-ins before it are refused. A new plan starts in\n"
         "the week it is made (W01 when made before its year). The start cannot be later than a\n"
         "week that already holds check-ins.\n"
         "With ACTION (N.M or a part of its text), the action's own start: an action first written\n"
         "after the plan's start owes from the week it was written (docs/STATS.md); this moves it,\n"
         "back to the plan's start at the earliest, to this week at the latest, and never past a\n"
         "week that holds its ticks.",
         {}, 2, 3, run_start, "plan action week"},
        {"check", "mandalart check FILE [ACTION...] [--week 2026-W10 | --date 2026-03-05] [--count K | --add K | --undo] "
                  "[--note TEXT] [--skip | --unskip]",
         "record a check-in for a week",
         "Records what was done in one week (default: this week; weeks are ISO weeks, Monday to\n"
         "Sunday, local time). ACTION is N.M, the action's text, or a part of it only one action\n"
         "has (mandalart check 운동); several are recorded together, all or none.\n"
         "With ACTION it changes the action's count for the week: +1 by default,\n"
         "--count K sets it, --add K adds K, --undo takes one off. A week holds at most 7 for\n"
         "N/week, 1 for once; none items have nothing to tick. --note sets the week's note, --skip\n"
         "marks the week skipped (holiday, illness: out of the weekly expectations), --unskip\n"
         "takes that back; these need no N.M. A week outside the plan's year, or before the week\n"
         "the plan began (see start), is refused; so is ticking an action that is not written yet,\n"
         "a week before the action's own start, or a week that has not begun.",
         {{"week", "date", "count", "add", "note"}, {"undo", "skip", "unskip"}, {}}, 1, 1 + kSubGoals * kActionsPerGoal, run_check, "plan action"},
        {"status", "mandalart status FILE [--week W | --date D] [--format text|json]", "show one week's check-in",
         "Prints the week (default: this week): its dates, whether it was skipped, its note, each\n"
         "tracked action (written, target not none) with its count, and the week's completion\n"
         "(docs/STATS.md); a week before the plan's start owes nothing.\n"
         "json: {\"week\", \"monday\", \"before_start\", \"skipped\", \"note\", \"actions\": [{\"id\", \"text\",\n"
         "\"target\", \"count\"}], \"completion\"}.",
         {{"week", "date", "format"}, {}, {{"format", {"text", "json"}}}}, 1, 1, run_status, "plan"},
        {"report", "mandalart report FILE [--as-of D] [--format text|json] [--compare LAST_YEAR_FILE]", "the year's numbers so far",
         "Completion of every action, sub-goal and the whole plan as of D (default: today), with\n"
         "achieved and expected counts and streaks, computed as docs/STATS.md describes.\n"
         "completion is null (\"–\" in text) where nothing is expected yet. Only written actions are\n"
         "tracked: json lists all 64 with \"tracked\" and null figures for the others; weeks count\n"
         "from the plan's \"start\" week. --compare adds last\n"
         "year's completion beside each (actions matched by id, as `mandalart next` keeps them).",
         {{"as-of", "format", "compare"}, {}, {{"format", {"text", "json"}}}}, 1, 1, run_report, "plan"},
        {"export", "mandalart export FILE --format md|svg|pdf|png|csv|tidy-csv|ics [-o OUT] [--force] [--progress] [--paper a4|a3] "
                   "[--day mon..sun] [--time HH:MM] [--as-of D] [--lang ko|en] [--compare LAST_YEAR_FILE]",
         "the retrospective, the chart as a picture, a spreadsheet, or a calendar reminder",
         "md:       the year-end retrospective as a Markdown draft (needs -o OUT.md); the chart,\n"
         "          shaded by completion, is written beside it as OUT.png and linked relatively.\n"
         "          In the editor's language (or --lang). --compare sets last year's numbers beside.\n"
         "svg:      the chart as a vector page (A4, or --paper a3) with Hangul as text;\n"
         "          --progress shades cells by completion.\n"
         "pdf:      the same page to print (needs -o OUT.pdf): fonts embedded, Hangul searchable.\n"
         "png:      the chart as an image (needs -o OUT.png); --progress shades it.\n"
         "csv:      the 9x9 chart as spreadsheets show it (UTF-8 with BOM, for Excel too).\n"
         "tidy-csv: one row per action per week so far: year,week,sub_goal_id,sub_goal,\n"
         "          action_id,action,target,count,skipped (for pandas or R).\n"
         "ics:      the weekly check-in for a calendar program (iCalendar): an event every week from\n"
         "          the plan's start week to the year's end on --day (default sun) at --time (default\n"
         "          21:00, local time wherever you are), with an alarm and the command that opens the\n"
         "          check-in, and a to-do due 31 December for each milestone not done yet.\n"
         "Without -o, svg, ics and the CSVs go to standard output. Numbers are as of D (default today).\n"
         "An existing OUT (or OUT.png beside a retrospective) is never replaced without --force.",
         {{"format", "o", "paper", "day", "time", "as-of", "lang", "compare"},
          {"progress", "force"},
          {{"format", {"md", "svg", "pdf", "png", "csv", "tidy-csv", "ics"}},
           {"paper", {"a4", "a3"}},
           {"day", {"sun", "mon", "tue", "wed", "thu", "fri", "sat"}},
           {"lang", {"ko", "en"}}}},
         1, 1, run_export, "plan"},
        {"import", "mandalart import GRID.csv -o FILE [--year Y]", "make a plan from a 9x9 spreadsheet",
         "Reads a 9x9 chart saved as CSV by a spreadsheet (UTF-8 with or without BOM, comma or\n"
         "semicolon, quoted cells with commas, quotes and line breaks; blank rows and columns after\n"
         "the chart are ignored) and creates FILE for year Y (default: this year). A sub-goal\n"
         "appears twice in the chart: when the copies differ, the centre block's is kept and a\n"
         "warning names both. Text outside A1:I9 is an error, so nothing is dropped silently.\n"
         "Every action starts as 1/week. Refuses to overwrite FILE.",
         {{"o", "year"}, {}, {}}, 1, 1, run_import, "csv"},
        {"next", "mandalart next FILE -o NEXT [--carry all|unfinished|empty] [--default-colours]", "start next year's plan from this one",
         "Writes NEXT: a plan for the following year with the same core goal, sub-goals, colours,\n"
         "actions and targets, and no check-ins or reflections. A milestone done this year is never\n"
         "carried as one to do again: its cell is left empty for a new one. --carry unfinished also\n"
         "leaves out the actions that reached 100%; --carry empty keeps only the core goal.\n"
         "--default-colours gives the sub-goals the default colours instead of this year's.\n"
         "Ids are kept so that next year's review can compare. Refuses to overwrite NEXT.",
         {{"o", "carry"}, {"default-colours"}, {{"carry", {"all", "unfinished", "empty"}}}}, 1, 1, run_next, "plan"},
        {"merge", "mandalart merge MINE THEIRS [--base BASE] [-o OUT]", "bring two copies of a plan back together",
         "For copies changed apart (two machines, a sync tool's conflict copy, two git branches).\n"
         "With the common ancestor (--base, else the version the copies' lineage or backups show\n"
         "both came from) it is three-way: ticks both sides added since then add up, and a text,\n"
         "target, colour, note or reflection changed on one side takes that side's. With none it\n"
         "is two-way and drops nothing: counts take the larger and different notes are both kept.\n"
         "Skipped on either side is skipped. A text both sides changed differently is a conflict:\n"
         "MINE's is kept, THEIRS' is stored in the plan until resolved (see conflicts), and every\n"
         "conflict the result holds is printed (N. conflict WHERE: kept \"…\", theirs \"…\"); exit 1\n"
         "when this merge found new ones. Writes into MINE (its old version goes to the backups)\n"
         "or to a new OUT. Plans of other years or other plans (ids differ) are refused.",
         {{"base", "o"}, {}, {}}, 2, 2, run_merge, "plan plan"},
        {"git-setup", "mandalart git-setup", "let git merge plans through mandalart",
         "In a git repository: adds \"*.mandalart.json merge=mandalart\" to .gitattributes and the\n"
         "merge driver (this program's merge-driver) to the repository's config, so that git merge\n"
         "and git pull bring together branches that each checked in, as `merge` does with the\n"
         "common version git knows. A text both branches changed differently keeps ours and is\n"
         "reported; the file stays valid JSON (never conflict markers). Commit .gitattributes.",
         {}, 0, 0, run_git_setup, ""},
        {"merge-driver", "mandalart merge-driver BASE OURS THEIRS", "what git runs to merge a plan (see git-setup)",
         "Merges THEIRS into OURS (the file git will commit) with BASE as the common version,\n"
         "as `merge --base` does; exits 1 after listing the conflicts, so git reports them.",
         {}, 3, 3, run_merge_driver, "plan plan plan"},
        {"conflicts", "mandalart conflicts FILE [N|all --keep mine|theirs]", "list or resolve what a merge could not choose",
         "Without N: prints the conflicts the plan holds, numbered from 1 (N. conflict WHERE:\n"
         "kept \"MINE\", theirs \"THEIRS\"), or \"no conflicts\". With N (or all) and --keep:\n"
         "mine keeps the plan's value, theirs puts the other copy's value in; either way the\n"
         "conflict leaves the list. The editor shows the same list (View → Conflicts).",
         {{"keep"}, {}, {{"keep", {"mine", "theirs"}}}}, 1, 2, run_conflicts, "plan conflict"},
        {"restore", "mandalart restore FILE --list | mandalart restore FILE N", "bring back an earlier version of a plan",
         "Every save keeps the version it replaces (the newest 10, in $XDG_STATE_HOME/mandalart/\n"
         "backups/). --list prints them newest first, numbered from 1, with the time each was\n"
         "replaced and its size. N puts version N back; that is itself a save, so the content it\n"
         "replaces becomes version 1 and `restore FILE 1` undoes it. Refuses while the plan is\n"
         "open in the editor.",
         {{}, {"list"}, {}}, 1, 2, run_restore, "plan version"},
        {"remind", "mandalart remind FILE [--install [--day sun] [--time 21:00] | --uninstall] [--lang ko|en]",
         "the weekly check-in reminder on the desktop",
         "With --install, writes a systemd user timer and service (mandalart-checkin.timer and\n"
         "mandalart-checkin.service in $XDG_CONFIG_HOME/systemd/user) that run `mandalart remind\n"
         "FILE` every week on --day (default sun) at --time (default 21:00; Persistent=true: a\n"
         "reminder missed while the machine was off comes at the next start), and turns them on\n"
         "when a user service manager answers (else it says how). --uninstall turns them off and\n"
         "removes them. Without either, what the timer runs: one line naming what this week still\n"
         "asks for, and nothing when the week is done or skipped.",
         {{"day", "time", "lang"}, {"install", "uninstall"}, {{"day", {"sun", "mon", "tue", "wed", "thu", "fri", "sat"}}, {"lang", {"ko", "en"}}}},
         1, 1, run_remind, "plan"},
    };
    return table;
}

const Command* find_command(const std::string& name) {
    for (const Command& c : commands())
        if (name == c.name) return &c;
    return nullptr;
}

int usage_error(const Command& command, const std::string& message, Io& io) {
    io.err << "mandalart: " << message << "\n" << (io.language == Language::Korean ? "사용법: " : "usage: ") << command.usage << "\n";
    return kUsage;
}

}  // namespace mandalart::cli
