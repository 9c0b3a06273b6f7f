# Sourced by the input-method end-to-end tests (after window.sh): on the test's own session
# bus (tests/e2e/own_display.sh), a Korean locale and a real input method (IBus with ibus-hangul, or Fcitx5 with fcitx5-hangul)
# that starts every window in Hangul mode, with its XIM server registered before any client.
#   start_input_method ibus|fcitx5
export LANG=ko_KR.UTF-8 LC_ALL=ko_KR.UTF-8 HOME="$WORK/home"
mkdir -p "$HOME" "$XDG_CONFIG_HOME"
IME_PIDS=""  # the input method and any client a test starts (stopped with it)

# Stops them all, and waits (up to 5 s each, then SIGKILL): a process left behind would hold
# ctest's output open and hang the suite, or write into the work folder while it is removed.
stop_input_method() {
    for p in $IME_PIDS; do kill "$p" 2>/dev/null || true; done
    for p in $IME_PIDS; do
        for _ in $(seq 1 50); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true
    done
    IME_PIDS=""
}

wait_for_log() {  # TEXT WHAT: the input method's log says TEXT (up to 30 s)
    for _ in $(seq 1 300); do
        grep -q "$1" "$WORK/ime.log" 2>/dev/null && return 0
        sleep 0.1
    done
    fail "$2: $(tail -5 "$WORK/ime.log")"
}

wait_for_xim_server() {  # NAME (up to 30 s: the machine may be busy)
    for _ in $(seq 1 300); do
        xprop -root XIM_SERVERS 2>/dev/null | grep -q "@server=$1" && return 0
        sleep 0.1
    done
    fail "the input method '$1' did not register its XIM server: $(tail -5 "$WORK/ime.log")"
}

start_ibus() {
    export GSETTINGS_BACKEND=dconf XMODIFIERS=@im=ibus GTK_IM_MODULE=ibus QT_IM_MODULE=ibus
    gsettings set org.freedesktop.ibus.engine.hangul initial-input-mode 'hangul'
    gsettings set org.freedesktop.ibus.engine.hangul off-keys ''
    gsettings set org.freedesktop.ibus.general preload-engines "['hangul']"
    gsettings set org.freedesktop.ibus.general engines-order "['hangul']"
    ibus-daemon --xim --replace --panel=disable >"$WORK/ime.log" 2>&1 &
    IME_PIDS="$IME_PIDS $!"
    wait_for_xim_server ibus
    for _ in $(seq 1 100); do ibus engine hangul 2>/dev/null && break; sleep 0.1; done
    [ "$(ibus engine 2>/dev/null)" = hangul ] || fail "ibus did not take the hangul engine"
}

start_fcitx5() {
    export XMODIFIERS=@im=fcitx GTK_IM_MODULE=fcitx QT_IM_MODULE=fcitx
    mkdir -p "$XDG_CONFIG_HOME/fcitx5"
    cat >"$XDG_CONFIG_HOME/fcitx5/profile" <<'PROFILE'
[Groups/0]
Name=Default
Default Layout=us
DefaultIM=hangul

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=hangul
Layout=

[GroupOrder]
0=Default
PROFILE
    printf '[Behavior]\nActiveByDefault=True\nShareInputState=No\n' >"$XDG_CONFIG_HOME/fcitx5/config"
    fcitx5 --replace --disable=classicui,kimpanel,notificationitem,notifications,ibusfrontend,fcitx4frontend,wayland,waylandim,clipboard,quickphrase,unicode,emoji,spell >"$WORK/ime.log" 2>&1 &
    IME_PIDS="$IME_PIDS $!"
    wait_for_xim_server fcitx
    # The Hangul engine loads after the frontends: a window that asks before gets keyboard-us.
    wait_for_log "Loaded addon hangul" "fcitx5 did not load fcitx5-hangul"
    for _ in $(seq 1 100); do
        dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner string:org.fcitx.Fcitx5 2>/dev/null | grep -q "boolean true" && return 0
        sleep 0.1
    done
    fail "fcitx5 is not on the session bus"
}

start_input_method() {  # ibus|fcitx5
    [ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || fail "no session bus of the test's own (tests/e2e/own_display.sh)"
    # What the bus starts (dconf's service, which keeps gsettings' values) lives in the work folder
    # too: otherwise the settings go to the real home, and the input method never reads them.
    dbus-update-activation-environment HOME XDG_CONFIG_HOME XDG_DATA_HOME XDG_STATE_HOME LANG LC_ALL DISPLAY ||
        fail "cannot give the session bus the test's environment"
    case "$1" in
        ibus) start_ibus ;;
        fcitx5) start_fcitx5 ;;
        *) fail "unknown input method '$1'" ;;
    esac
}

# The GTK entry typed through the same input method, as the reference (tests/e2e/gtk_reference.sh).
. "$E2E/gtk_reference.sh"
