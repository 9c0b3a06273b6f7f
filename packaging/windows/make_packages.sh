#!/bin/sh
# Lays out the Windows program as it ships (scripts/package.sh --windows runs this) and makes the
# portable zip and the NSIS installer from that one layout.
#   packaging/windows/make_packages.sh BUILD_DIR VERSION
#   → BUILD_DIR/mandalart-VERSION-windows-x64.zip, BUILD_DIR/mandalart-VERSION-setup.exe
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=$(cd "$1" && pwd)
VERSION=$2
NAME=mandalart-$VERSION-windows-x64
STAGE=$BUILD/stage/$NAME
rm -rf "$BUILD/stage"
mkdir -p "$STAGE/fonts" "$STAGE/licences"

# The two programs, without their symbols (libstdc++, libgcc and winpthread are inside).
for program in mandalart.exe mandalart.com; do
    x86_64-w64-mingw32-strip -o "$STAGE/$program" "$BUILD/$program"
done
cp "$BUILD/icon/mandalart.ico" "$STAGE/"
cp "$BUILD/fonts/"*.ttf "$STAGE/fonts/"
# Windows text files: CRLF line ends, so that Notepad shows lines.
crlf() { sed 's/$/\r/' "$1" > "$2"; }
sed "s/@VERSION@/$VERSION/" "$HERE/README.txt" > "$BUILD/stage/README.txt"
crlf "$BUILD/stage/README.txt" "$STAGE/README.txt"
crlf "$ROOT/assets/copyright" "$STAGE/licences/mandalart.txt"
crlf "$ROOT/third_party/imgui/LICENSE.txt" "$STAGE/licences/dear-imgui.txt"
crlf "$ROOT/third_party/glfw/LICENSE.md" "$STAGE/licences/glfw.txt"
crlf "$ROOT/third_party/freetype/LICENSE.TXT" "$STAGE/licences/freetype.txt"
crlf "$ROOT/third_party/freetype/docs/FTL.TXT" "$STAGE/licences/freetype-ftl.txt"
crlf /usr/share/doc/fonts-nanum/copyright "$STAGE/licences/nanum-fonts.txt"

# The portable zip: the folder as it is, dated by the last commit so that two builds of one
# commit make the same zip.
ZIP=$BUILD/$NAME.zip
rm -f "$ZIP"
stamp=$(git -C "$ROOT" log -1 --format=%cd --date=format:%Y%m%d%H%M.%S 2>/dev/null || date +%Y%m%d%H%M.%S)
find "$BUILD/stage/$NAME" -exec touch -t "$stamp" {} +
(cd "$BUILD/stage" && find "$NAME" | LC_ALL=C sort | zip -q -X -D "$ZIP" -@)

# The installer.
SETUP=$BUILD/mandalart-$VERSION-setup.exe
makensis -V2 -DVERSION="$VERSION" -DSTAGE="$STAGE" -DOUTFILE="$SETUP" "$HERE/installer.nsi" >/dev/null
ls "$ZIP" "$SETUP"
