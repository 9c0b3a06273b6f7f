#!/bin/sh
# The .deb as a user meets it: installed with dpkg (apt-get -f install for what it depends on),
# the installed program runs (--version, validate, a screenshot under Xvfb), the man page and the
# completions are where man and bash look, lintian finds no error, the desktop entry and the
# AppStream file validate; then the package is removed again.
#   tests/package/package_test.sh DEB     (needs root or sudo, and an X display)
set -eu
DEB=$(readlink -f "$1")
. "$(dirname "$0")/../e2e/work_folder.sh"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
[ -n "${DISPLAY:-}" ] || fail "needs an X display (run under xvfb-run)"
trap '$SUDO dpkg -r mandalart >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT

lintian --fail-on error "$DEB" > "$WORK/lintian.txt" 2>&1 || fail "lintian: $(grep -v 'root privileges' "$WORK/lintian.txt")"
VERSION=$(dpkg-deb -f "$DEB" Version)
dpkg-deb -f "$DEB" Depends | grep -q "fonts-nanum" || fail "the package does not depend on fonts-nanum"
dpkg-deb -f "$DEB" Depends | grep -q "libfreetype6" || fail "dpkg-shlibdeps did not fill Depends"

$SUDO dpkg -i "$DEB" > "$WORK/dpkg.txt" 2>&1 || $SUDO apt-get -f install -y -qq > "$WORK/apt.txt" 2>&1 ||
    fail "the package does not install: $(cat "$WORK/dpkg.txt")"
dpkg -s mandalart | grep -q "Status: install ok installed" || fail "the package is not installed"

[ "$(/usr/bin/mandalart --version)" = "mandalart $VERSION" ] || fail "--version says '$(/usr/bin/mandalart --version)', the package $VERSION"
/usr/bin/mandalart new "$WORK/2026.mandalart.json" --example > /dev/null
[ "$(/usr/bin/mandalart validate "$WORK/2026.mandalart.json")" = "ok" ] || fail "the installed program does not validate its own example"
/usr/bin/mandalart "$WORK/2026.mandalart.json" --screenshot "$WORK/shot.png" --size 800x600 2> "$WORK/shot.txt" ||
    fail "the installed program cannot draw its window: $(cat "$WORK/shot.txt")"
file "$WORK/shot.png" | grep -q "PNG image data, 800 x 600" || fail "the screenshot is not an 800x600 PNG: $(file "$WORK/shot.png")"

desktop-file-validate /usr/share/applications/mandalart.desktop || fail "the desktop entry does not validate"
appstreamcli validate --no-net /usr/share/metainfo/io.github.mandalart_planner.Mandalart.metainfo.xml > "$WORK/appstream.txt" 2>&1 ||
    fail "the AppStream file does not validate: $(cat "$WORK/appstream.txt")"
for size in 48x48 128x128 256x256 scalable; do
    ls /usr/share/icons/hicolor/$size/apps/mandalart.* > /dev/null 2>&1 || fail "no $size icon"
done
[ "$(man -w mandalart)" = /usr/share/man/man1/mandalart.1.gz ] || fail "man does not find mandalart(1)"
man mandalart 2>/dev/null | grep -q "export FILE" || fail "man mandalart does not describe export"
[ -s /usr/share/bash-completion/completions/mandalart ] || fail "no bash completion"
[ -s /usr/share/zsh/vendor-completions/_mandalart ] || fail "no zsh completion"
for doc in copyright changelog.gz; do [ -s /usr/share/doc/mandalart/$doc ] || fail "no /usr/share/doc/mandalart/$doc"; done

$SUDO dpkg -r mandalart > /dev/null
[ ! -e /usr/bin/mandalart ] || fail "removing the package left /usr/bin/mandalart"
echo "ok: mandalart $VERSION installs, runs, validates, draws, has its man page, completions and icons, and removes cleanly"
