#!/bin/sh
# A real tiny filesystem: `mandalart set` on a full disk, then on a read-only mount, must fail
# with one line and exit 1, leave the plan byte-identical and leave no temporary file.
# Runs in a private mount namespace (unshare) so it needs no root on the host.
set -eu
BIN=$1
if [ "${MANDALART_IN_NS:-}" != 1 ]; then
    exec env MANDALART_IN_NS=1 unshare -Urm --propagation private sh "$0" "$@"
fi
fail() { echo "FAIL: $*" >&2; exit 1; }
MNT=$(mktemp -d)
export XDG_STATE_HOME="$(mktemp -d)"  # backups live outside the full disk
mount -t tmpfs -o size=256k tmpfs "$MNT"
PLAN="$MNT/plan.mandalart.json"
"$BIN" new "$PLAN" --example --year 2026
BEFORE=$(sha256sum < "$PLAN")
# Fill the disk completely.
dd if=/dev/zero of="$MNT/filler" bs=4k 2>/dev/null || true
set +e
ERR=$("$BIN" set "$PLAN" core "디스크가 가득 찼을 때" 2>&1 >/dev/null)
CODE=$?
set -e
[ "$CODE" = 1 ] || fail "full disk: exit $CODE, expected 1"
echo "$ERR" | grep -q "No space left on device" || fail "full disk: message was: $ERR"
[ "$(echo "$ERR" | wc -l)" = 1 ] || fail "full disk: more than one line: $ERR"
[ "$(sha256sum < "$PLAN")" = "$BEFORE" ] || fail "full disk: the plan changed"
[ "$(ls -A "$MNT" | sort | tr '\n' ' ')" = "filler plan.mandalart.json " ] || fail "full disk: left files: $(ls -A "$MNT")"
echo "full disk: $ERR"

rm -f "$MNT/filler"
mount -o remount,ro "$MNT"
set +e
ERR=$("$BIN" set "$PLAN" core "읽기 전용" 2>&1 >/dev/null)
CODE=$?
set -e
[ "$CODE" = 1 ] || fail "read-only: exit $CODE, expected 1"
echo "$ERR" | grep -q "Read-only file system" || fail "read-only: message was: $ERR"
[ "$(sha256sum < "$PLAN")" = "$BEFORE" ] || fail "read-only: the plan changed"
echo "read-only: $ERR"
umount "$MNT"
rmdir "$MNT"
if [ -n "${MANDALART_FIGURES:-}" ]; then echo 2 > "$MANDALART_FIGURES/real_fs_failures"; fi
echo "ok"
