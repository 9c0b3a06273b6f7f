# Sourced by the end-to-end scripts: a work folder that is removed on exit, fail(), and the
# program's settings, plans made without a path, backups and journals kept inside that folder.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_STATE_HOME="$WORK/state"
# Xvfb resets itself when the previous test's last client leaves, and refuses connections
# meanwhile: wait (up to 5 s) until it takes clients again.
if [ -n "${DISPLAY:-}" ]; then
    for _ in $(seq 1 50); do xdotool getdisplaygeometry >/dev/null 2>&1 && break; sleep 0.1; done
fi
