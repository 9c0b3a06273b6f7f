# Sourced by the end-to-end scripts: a work folder that is removed on exit, fail(), and the
# program's settings, plans made without a path, backups and journals kept inside that folder.
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_STATE_HOME="$WORK/state" XDG_CACHE_HOME="$WORK/cache"
