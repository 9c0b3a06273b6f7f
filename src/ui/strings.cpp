#include "ui/strings.hpp"

#include <array>

namespace mandalart::ui {
namespace {

struct Entry {
    const char* ko;
    const char* en;
};

// Kept in the order of the Str enum; a static_assert below checks the count.
constexpr Entry kTable[] = {
    {"만다라트", "Mandalart"},
    {"파일", "File"}, {"새로 만들기", "New"}, {"열기…", "Open…"}, {"최근 파일", "Open Recent"},
    {"(없음)", "(none)"}, {"저장", "Save"}, {"다른 이름으로 저장…", "Save As…"}, {"끝내기", "Quit"},
    {"편집", "Edit"}, {"실행 취소", "Undo"}, {"다시 실행", "Redo"}, {"칸 비우기", "Clear Cell"},
    {"보기", "View"}, {"9×9 전체", "9×9 Chart"}, {"세부 목표 크게 보기", "Focus on Sub-goal"}, {"테마", "Theme"},
    {"밝게", "Light"}, {"어둡게", "Dark"}, {"확대", "Zoom In"}, {"축소", "Zoom Out"}, {"원래 크기", "Actual Size"},
    {"진행률 표시", "Show Progress"},
    {"설정", "Settings"}, {"언어", "Language"}, {"글꼴", "Font"}, {"자동 (fontconfig)", "Automatic (fontconfig)"},
    {"도움말", "Help"}, {"단축키", "Keyboard Shortcuts"}, {"정보", "About"},
    {"핵심 목표", "Core goal"}, {"세부 목표", "Sub-goal"}, {"실천", "Action"},
    {"저장 안 됨", "unsaved"}, {"읽기 전용", "read-only"}, {"저장 실패", "Save failed"}, {"저장됨", "Saved"},
    {"새 계획을 만들었습니다:", "Created a new plan at"},
    {"한글 글꼴을 찾을 수 없습니다. fonts-nanum을 설치하거나 --font 경로를 지정하세요.",
     "No Korean font found: install fonts-nanum or pass --font PATH."},
    {"글꼴을 불러올 수 없습니다:", "Cannot load font:"},
    {"← 9×9로 돌아가기 (Esc)", "← Back to 9×9 (Esc)"}, {"색상", "Colour"}, {"실천 항목", "Actions"}, {"목표 빈도", "Target"},
    {"메모", "Note"}, {"횟수", "Times"},
    {"주 N회", "N per week"}, {"월 N회", "N per month"}, {"연 N회", "N per year"}, {"한 번 (마일스톤)", "Once (milestone)"},
    {"체크 없음 (마음가짐)", "None (mindset)"},
    {"계획 열기", "Open Plan"}, {"다른 이름으로 저장", "Save Plan As"}, {"폴더", "Folder"}, {"파일 이름", "File name"},
    {"상위 폴더", "Up"}, {"열기", "Open"}, {"저장", "Save"}, {"취소", "Cancel"},
    {"새 계획", "New Plan"}, {"연도", "Year"},
    {"저장되지 않은 변경", "Unsaved Changes"},
    {"변경 내용을 저장하지 못했습니다. 버리고 끝낼까요?", "Your changes could not be saved. Discard them and quit?"},
    {"버리고 끝내기", "Discard and Quit"}, {"계속 편집", "Keep Editing"}, {"다른 이름으로 저장…", "Save As…"},
    {"단축키", "Keyboard Shortcuts"},
    // One binding per line: keys, a tab, what they do (F1 shows them as a two-column table).
    {"방향키\t칸 이동 (81칸 전체)\n"
     "Tab / Shift+Tab\t작성 순서로 이동 (핵심 → 세부 1–8 → 실천)\n"
     "Enter / F2\t칸 편집\n"
     "글자 입력\t선택한 칸을 그 글자로 새로 쓰기\n"
     "편집 중 Enter\t확정 (Shift+Enter 줄바꿈, Esc 취소)\n"
     "Delete\t칸 비우기\n"
     "Ctrl+Enter\t세부 목표 크게 보기 (Esc 돌아가기)\n"
     "Ctrl+Z / Ctrl+Shift+Z\t실행 취소 / 다시 실행\n"
     "Ctrl+S / Ctrl+Shift+S\t저장 / 다른 이름으로 저장\n"
     "Ctrl+O / Ctrl+N / Ctrl+Q\t열기 / 새로 만들기 / 끝내기\n"
     "Ctrl+= / Ctrl+- / Ctrl+0\t확대 / 축소 / 원래 크기\n"
     "Ctrl+1 / Ctrl+2 / Ctrl+3\t만다라트 / 주간 체크인 / 회고\n"
     "Ctrl+Shift+P\t진행률 표시\n"
     "체크인: ↑ ↓\t항목 이동\n"
     "체크인: Space\t체크 (다 차면 0으로)\n"
     "체크인: + / -\t횟수 더하기 / 빼기\n"
     "체크인: N / S\t주간 메모 / 이번 주 건너뛰기\n"
     "체크인: ← → / Home\t지난주 · 다음 주 / 이번 주\n"
     "회고: R\t한 해 돌아보기 쓰기 (Esc로 나오기)",
     "Arrows\tmove the selection (all 81 cells)\n"
     "Tab / Shift+Tab\tfilling order (core → sub-goals 1–8 → actions)\n"
     "Enter / F2\tedit the cell\n"
     "Type a letter\treplace the selected cell, starting with it\n"
     "Enter while editing\tcommit (Shift+Enter new line, Esc cancels)\n"
     "Delete\tclear the cell\n"
     "Ctrl+Enter\tfocus on the sub-goal (Esc back)\n"
     "Ctrl+Z / Ctrl+Shift+Z\tundo / redo\n"
     "Ctrl+S / Ctrl+Shift+S\tsave / save as\n"
     "Ctrl+O / Ctrl+N / Ctrl+Q\topen / new / quit\n"
     "Ctrl+= / Ctrl+- / Ctrl+0\tzoom in / out / reset\n"
     "Ctrl+1 / Ctrl+2 / Ctrl+3\tchart / weekly check-in / year-end review\n"
     "Ctrl+Shift+P\tshow progress\n"
     "Check-in: ↑ ↓\tmove between actions\n"
     "Check-in: Space\ttick (back to 0 when full)\n"
     "Check-in: + / -\tcount up / down\n"
     "Check-in: N / S\tweek note / skip the week\n"
     "Check-in: ← → / Home\tprevious · next week / this week\n"
     "Review: R\twrite the year's reflection (Esc leaves it)"},
    {"닫기", "Close"},
    {"글꼴 파일 경로", "Font file path"}, {"적용", "Apply"},
    {"만다라트", "Chart"}, {"주간 체크인", "Weekly Check-in"}, {"만다라트", "Chart"},
    {"주간 체크인", "Weekly Check-in"},
    {"이번 주", "This week"}, {"이번 주 달성", "This week"}, {"올해 누적", "Year to date"},
    {"이번 주 건너뛰기 (휴가·병가)  S", "Skip this week (holiday, illness)  S"},
    {"건너뛴 주: 주간 목표 계산에서 빠집니다.", "Skipped: this week is left out of the weekly targets."},
    {"이번 주 메모", "Week note"}, {"잘 된 것, 안 된 것… (N)", "What went well, what did not… (N)"},
    {"이번 달", "this month"}, {"올해", "this year"}, {"완료", "done"}, {"체크 없음", "nothing to tick"},
    {"↑↓ 항목 이동   Space 체크 (다 차면 0으로)   +/- 횟수   N 메모   S 건너뛰기   ←→ 주 이동   Home 이번 주",
     "↑↓ move   Space tick (back to 0 when full)   +/- count   N note   S skip   ←→ week   Home this week"},
    {"오늘은 이 계획의 해가 아닙니다", "Today is not in this plan's year"},
    {"지난주", "Previous week"}, {"다음 주", "Next week"},
    {"%d%%  (%s / %s)", "%d%%  (%s / %s)"},
    {"회고", "Review"}, {"연말 회고", "Year-end Review"},
    {"회고 내보내기 (Markdown)", "Export Retrospective (Markdown)"}, {"이미지로 내보내기 (PNG)", "Export Image (PNG)"},
    {"다음 해 계획 만들기", "Start Next Year's Plan"},
    {"%d년 회고 · %s 기준", "%d in review · as of %s"},
    {"전체 달성률", "Overall"}, {"작년", "last year"}, {"기록한 주", "Weeks checked in"}, {"체크 합계", "Ticks"},
    {"100% 달성한 실천", "Actions at 100%"}, {"가장 긴 연속", "Longest streak"},
    {"세부 목표별", "By sub-goal"}, {"주별 추이", "Week by week"},
    {"주 N회 실천의 주간 달성률 · 회색 빗금: 건너뛴 주", "Weekly completion of N/week actions · grey hatching: skipped weeks"},
    {"주 × 실천 히트맵", "Weeks × actions"}, {"실천별 달성률", "By action"}, {"최고", "best"}, {"최저", "worst"},
    {"주간 메모", "Week notes"}, {"아직 주간 메모가 없습니다.", "No week notes yet."},
    {"돌아보며", "Reflections"}, {"한 해를 돌아보며 (R)", "The year (R)"}, {"무엇을 배웠나요? 내년에는 무엇을 바꿀까요?",
     "What did you learn? What will you change next year?"},
    {"건너뜀", "skipped"}, {"아직 오지 않은 주", "not yet"},
    {"회고 내보내기", "Export retrospective"}, {"이미지로", "Export image"}, {"다음 해 계획", "Next year's plan"},
    {"저장했습니다:", "Wrote"}, {"비교:", "Compared with"},
    {"%s\n%s (%s)\n%d회 / 목표 %s", "%s\n%s (%s)\n%d done / target %s"},
    {"이전 버전 복원…", "Restore Previous Version…"}, {"이전 버전 복원", "Restore a Previous Version"},
    {"저장할 때마다 바뀌기 전의 내용을 최근 10개까지 보관합니다.\n복원도 저장이므로, 1번을 다시 복원하면 되돌아갑니다.",
     "Each save keeps the version it replaces (the newest 10).\nRestoring is a save too: restore 1 again to undo it."},
    {"아직 보관된 이전 버전이 없습니다. 처음 저장한 뒤부터 쌓입니다.", "No earlier versions yet: they are kept from the next save on."},
    {"바뀐 시각", "Replaced at"}, {"크기", "Size"}, {"내용", "Content"}, {"복원", "Restore"},
    {"%s · 체크인 %s", "%s · %s checked in"},
    {"%s 버전으로 되돌렸습니다. 취소하려면 이전 버전 복원에서 1번을 복원하세요.",
     "Restored the version from %s. To undo, restore version 1."},
    {"다른 곳에서 편집 중이라 읽기 전용으로 열었습니다:", "Opened read-only: it is being edited in"},
    {"다른 프로그램이 이 파일을 바꿔서 저장하지 않았습니다. 어느 쪽을 남길지 골라 주세요.",
     "Not saved: another program changed this file. Choose which version to keep."},
    {"파일이 밖에서 바뀌었습니다", "Changed by Another Program"},
    {"이 계획 파일을 연 뒤에 다른 프로그램이 내용을 바꿨습니다. 어느 쪽을 남길까요?",
     "Another program changed this plan after it was opened. Which version do you want to keep?"},
    {"그쪽 버전 불러오기", "Reload Theirs"}, {"내 것 유지", "Keep Mine"},
    {"어느 쪽을 골라도 남기지 않은 쪽은 파일 → 이전 버전 복원에 보관됩니다.",
     "Either way, the other version is kept in File → Restore Previous Version."},
    {"선택…", "Choose…"},
    {"다른 프로그램의 버전을 불러왔습니다. 내 변경은 이전 버전에 보관했습니다.",
     "Reloaded their version; yours is kept in the previous versions."},
    {"저장되지 않은 변경 사항", "Unsaved Changes Found"},
    {"%s에 기록된, 저장되지 않은 변경 사항이 있습니다.\n지난번 프로그램이 저장하지 못하고 끝난 것 같습니다. 복구할까요?",
     "There are unsaved changes recorded at %s:\nthe last session ended without saving them. Recover them?"},
    {"복구 (Enter)", "Recover (Enter)"}, {"버리기 (이전 버전에 보관)", "Discard (kept in previous versions)"},
    {"복구했습니다. 곧 저장됩니다.", "Recovered; they will be saved in a moment."},
    {"계획 시작(%s) 전의 주입니다. 이 주에는 해야 할 것이 없습니다.", "Before the plan began (%s): nothing was owed this week."},
    {"이 주부터 시작하기", "Start the Plan This Week"},
    {"아직 적은 실천이 없습니다. 만다라트(Ctrl+1)에서 실천을 적으면 여기서 체크할 수 있습니다.",
     "No actions written yet. Write them in the chart (Ctrl+1) to check them in here."},
    {"계획 시작 전", "before the plan began"},
    {"계획 설정…", "Plan Settings…"}, {"계획 설정", "Plan Settings"}, {"제목", "Title"}, {"연도", "Year"},
    {"체크인이 있어 연도는 바꿀 수 없습니다.", "The year cannot change once the plan has check-ins."},
    {"시작 주", "Start week"},
    {"시작 주 전에는 해야 할 것이 없습니다. 그 전의 주는 놓친 주로 세지 않습니다.",
     "Nothing is owed before the start week: earlier weeks are not counted as misses."},
    {"%s에 체크인이 있어 그보다 늦게 시작할 수 없습니다.", "%s holds check-ins: the plan cannot start later than that."},
    {"적용", "Apply"},
    {"설치된 글꼴에 없는 글자라 네모로 표시합니다: %s (fonts-noto-cjk, fonts-noto-color-emoji를 설치해 보세요)",
     "No installed font has these characters, so they show as boxes: %s (try installing fonts-noto-cjk and fonts-noto-color-emoji)"},
    {"파일이 이미 있습니다", "File Already Exists"},
    {"%s 파일이 이미 있습니다. 새 파일로 바꿀까요?", "%s already exists. Replace it?"},
    {"바꾸기", "Replace"},
};
static_assert(std::size(kTable) == static_cast<std::size_t>(Str::Count), "one entry per Str key");

}  // namespace

const char* tr(Str key, Language language) {
    const Entry& e = kTable[static_cast<std::size_t>(key)];
    return language == Language::Korean ? e.ko : e.en;
}

std::string cell_hint(const CellAddress& address, Language language) {
    switch (address.kind) {
        case CellKind::Core: return tr(Str::HintCore, language);
        case CellKind::SubGoal: return std::string(tr(Str::HintSubGoal, language)) + " " + std::to_string(address.sub_goal);
        case CellKind::Action: return std::string(tr(Str::HintAction, language)) + " " + format_address(address);
    }
    return {};
}

}  // namespace mandalart::ui
