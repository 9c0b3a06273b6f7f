# Sourced by the input-method e2e tests (after window.sh and ime_session.sh, with the input method
# started): a GTK3 entry on the same display, typed through the same input method, as the
# reference. What it shows for the same keys at the same speed is what the editor must give; when
# the reference itself is wrong, the harness (not the editor) failed, and the message says so.
#   start_gtk_reference          opens it, and waits until it composes through the input method
#   gtk_type DELAY_MS KEY...     clears it, types the keys (real keycodes), and waits for them
#   gtk_text                     what it shows
#   stop_gtk_reference
GTK=""
gtk_text() { cat "$WORK/gtk.txt" 2>/dev/null; }
gtk_focused() { [ "$(xdotool getwindowfocus 2>/dev/null)" = "$GWIN" ]; }
gtk_probe_shown() { case "$(gtk_text)" in *" ") return 0 ;; esac; return 1; }
gtk_empty() { [ -z "$(gtk_text)" ]; }
gtk_shows() { [ "$(gtk_text)" = "$GTK_EXPECTED" ]; }

gtk_clear() {
    xdotool windowfocus --sync "$GWIN"
    eventually "the GTK entry focused" gtk_focused || fail "$IM setup: the GTK reference entry did not take the focus"
    xdotool key ctrl+a BackSpace
    eventually "the GTK entry cleared" gtk_empty || fail "$IM setup: the GTK entry was not cleared: '$(gtk_text)'"
}

start_gtk_reference() {
    /usr/bin/python3 "$E2E/gtk_entry.py" "$WORK/gtk.txt" 2>"$WORK/gtk.err" &
    GTK=$!
    IME_PIDS="$IME_PIDS $GTK"
    GWIN=""
    for _ in $(seq 1 300); do
        GWIN=$(xdotool search --onlyvisible --name "reference entry" 2>/dev/null | head -1 || true)
        [ -n "$GWIN" ] && break
        sleep 0.1
    done
    [ -n "$GWIN" ] || fail "the GTK reference entry did not open: $(cat "$WORK/gtk.err")"
    # The entry composes through the input method once its input context is up, which GTK does
    # after the window shows: until then a probe (d k Space) types "dk ". Each try waits for the
    # entry to show the probe and clears it again.
    ready=""
    for _ in $(seq 1 30); do
        gtk_clear
        xdotool key --delay 90 d k space
        eventually "the probe in the GTK entry" gtk_probe_shown || fail "$IM setup: the GTK entry shows no probe: '$(gtk_text)'"
        [ "$(gtk_text)" = "아 " ] && ready=1 && break
    done
    [ -n "$ready" ] || fail "$IM setup: the GTK entry never composed through the input method"
}

# Waits until the entry shows EXPECTED after typing KEY... DELAY_MS apart (30 s at most; then the
# harness failed at that speed, and the message says what the entry got).
gtk_type() {  # DELAY_MS EXPECTED KEY...
    delay=$1 GTK_EXPECTED=$2
    shift 2
    gtk_clear
    xdotool key --delay "$delay" "$@"
    eventually "the GTK entry's text" gtk_shows ||
        fail "$IM, the GTK reference at $delay ms a key got '$(gtk_text)', typed '$GTK_EXPECTED': the harness, not the editor"
}

stop_gtk_reference() {
    [ -z "$GTK" ] || kill "$GTK" 2>/dev/null || true
    GTK=""
}
