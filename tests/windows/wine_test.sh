# Sourced by the Windows tier's scripts: a Linux path as the program under Wine names it (Wine's
# Z: drive is the root), and waiting for a state (never for a time).
windows_path() { printf 'Z:%s' "$1" | tr / '\\'; }

wait_for() {  # WHAT COMMAND...: until COMMAND succeeds, up to 60 s (Wine's first window on a busy machine is slow)
    what=$1
    shift
    tries=0
    until "$@" >/dev/null 2>&1; do
        tries=$((tries + 1))
        [ "$tries" -le 600 ] || fail "waited 60 s for $what"
        sleep 0.1
    done
}
