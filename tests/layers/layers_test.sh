#!/bin/sh
# The layers as docs/ARCHITECTURE.md draws them, checked on the sources and the built programs:
# no include runs back up, storage and the session include and link no drawing library (cairo,
# Pango, FreeType, fontconfig), and only platform includes GLFW.
#   tests/layers/layers_test.sh SOURCE_DIR SESSION_TESTS_BINARY
set -eu
SRC=$1/src
SESSION_BIN=$2
fail() { echo "FAIL: $*" >&2; exit 1; }

# Includes a layer may not have: "layer: pattern".
forbidden() { # LAYER REGEX WHY
    hits=$(grep -rnE "^#include [<\"]($2)" "$SRC/$1" || true)
    [ -z "$hits" ] || fail "$1 $3: $hits"
}
forbidden core "storage/|fonts/|export/|session/|ui/|platform/|cli/|imgui|GLFW" "is pure C++"
forbidden storage "fonts/|export/|session/|ui/|platform/|cli/|cairo|pango|ft2build|freetype|fontconfig|imgui|GLFW" "keeps files and formats only"
forbidden fonts "storage/|export/|session/|ui/|platform/|cli/|imgui|GLFW" "knows fonts, not the app"
forbidden export "session/|ui/|platform/|cli/|imgui|GLFW" "writes files for the CLI and the editor alike"
forbidden session "export/|fonts/|ui/|platform/|cli/|cairo|pango|ft2build|freetype|fontconfig|imgui|GLFW" "keeps the plan safe, without drawing"
forbidden ui "platform/|cli/|GLFW" "never knows the window system"
forbidden cli "ui/|platform/|imgui|GLFW" "is the command line"

# The session's tests link exactly what the session needs: no drawing library.
libs=$(ldd "$SESSION_BIN" | grep -E "libcairo|libpango|libfreetype|libfontconfig" || true)
[ -z "$libs" ] || fail "the session links drawing libraries: $libs"
echo "ok: every layer includes only what it may; the session links no drawing library"
