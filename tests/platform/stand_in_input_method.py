#!/usr/bin/python3
"""A stand-in input method on a D-Bus bus, speaking Fcitx5's or IBus's input-context protocol, with a
script per key, so that the editor's D-Bus input layer can be tested without a real input method.

    stand_in_input_method.py fcitx5|ibus BUS_ADDRESS

Owns org.fcitx.Fcitx5 (or org.freedesktop.IBus), creates input contexts on request and answers
ProcessKeyEvent by the key's keysym (a release is never taken), sending its signals before the
answer, as the real ones do:
    r   composes "ㄱ"            k   composes "가"           s   composes "가나", caret after 가
    Return   commits the composition, then forwards Return (not taken when nothing is composed)
    x   (IBus) hides the composition       y   (IBus) shows it again
    m   switches between Hangul and Latin mode (IBus: the InputMode property; Fcitx5: CurrentIM)
    h   answers only after 6 s (a hung input method)
    other keys are not taken
FocusIn says the mode (IBus: RegisterProperties; Fcitx5: CurrentIM). Reset commits the composition.
On /test, org.mandalart.StandIn: Keys() -> u (key presses received), Slow(u max_ms, u seed) (from
then on each key is answered, with its signals, after a random delay up to max_ms, as a loaded
machine does) and Vanish() (gives up the name and exits, as an input method that quits).
"""
import random
import sys
import time

from gi.repository import Gio, GLib

PROTOCOL, ADDRESS = sys.argv[1], sys.argv[2]
FCITX = PROTOCOL == "fcitx5"
SERVICE = "org.fcitx.Fcitx5" if FCITX else "org.freedesktop.IBus"
CONTEXT_INTERFACE = "org.fcitx.Fcitx.InputContext1" if FCITX else "org.freedesktop.IBus.InputContext"
XK_RETURN = 0xFF0D
IBUS_RELEASE_MASK = 1 << 30

if FCITX:
    FACTORY = ("/org/freedesktop/portal/inputmethod", """<node><interface name="org.fcitx.Fcitx.InputMethod1">
      <method name="CreateInputContext"><arg type="a(ss)" direction="in"/><arg type="o" direction="out"/>
      <arg type="ay" direction="out"/></method></interface></node>""")
    CONTEXT_XML = """<node><interface name="org.fcitx.Fcitx.InputContext1">
      <method name="ProcessKeyEvent"><arg type="u" direction="in"/><arg type="u" direction="in"/><arg type="u" direction="in"/>
        <arg type="b" direction="in"/><arg type="u" direction="in"/><arg type="b" direction="out"/></method>
      <method name="FocusIn"/><method name="FocusOut"/><method name="Reset"/><method name="DestroyIC"/>
      <method name="SetCapability"><arg type="t" direction="in"/></method>
      <method name="SetCursorRect"><arg type="i" direction="in"/><arg type="i" direction="in"/><arg type="i" direction="in"/>
        <arg type="i" direction="in"/></method>
      <signal name="CommitString"><arg type="s"/></signal>
      <signal name="UpdateFormattedPreedit"><arg type="a(si)"/><arg type="i"/></signal>
      <signal name="ForwardKey"><arg type="u"/><arg type="u"/><arg type="b"/></signal>
      <signal name="CurrentIM"><arg type="s"/><arg type="s"/><arg type="s"/></signal></interface></node>"""
else:
    FACTORY = ("/org/freedesktop/IBus", """<node><interface name="org.freedesktop.IBus">
      <method name="CreateInputContext"><arg type="s" direction="in"/><arg type="o" direction="out"/></method>
      </interface></node>""")
    CONTEXT_XML = """<node><interface name="org.freedesktop.IBus.InputContext">
      <method name="ProcessKeyEvent"><arg type="u" direction="in"/><arg type="u" direction="in"/><arg type="u" direction="in"/>
        <arg type="b" direction="out"/></method>
      <method name="FocusIn"/><method name="FocusOut"/><method name="Reset"/><method name="Destroy"/>
      <method name="SetCapabilities"><arg type="u" direction="in"/></method>
      <method name="SetCursorLocation"><arg type="i" direction="in"/><arg type="i" direction="in"/><arg type="i" direction="in"/>
        <arg type="i" direction="in"/></method>
      <signal name="CommitText"><arg type="v"/></signal>
      <signal name="UpdatePreeditText"><arg type="v"/><arg type="u"/><arg type="b"/></signal>
      <signal name="HidePreeditText"/><signal name="ShowPreeditText"/>
      <signal name="ForwardKeyEvent"><arg type="u"/><arg type="u"/><arg type="u"/></signal>
      <signal name="RegisterProperties"><arg type="v"/></signal><signal name="UpdateProperty"><arg type="v"/></signal>
      </interface></node>"""
TEST_XML = """<node><interface name="org.mandalart.StandIn"><method name="Keys"><arg type="u" direction="out"/></method>
  <method name="Slow"><arg type="u" direction="in"/><arg type="u" direction="in"/></method>
  <method name="Vanish"/></interface></node>"""

connection = Gio.DBusConnection.new_for_address_sync(
    ADDRESS, Gio.DBusConnectionFlags.AUTHENTICATION_CLIENT | Gio.DBusConnectionFlags.MESSAGE_BUS_CONNECTION, None, None)
loop = GLib.MainLoop()
state = {"keys": 0, "contexts": 0, "preedit": "", "slow_ms": 0, "hangul": True}
delays = random.Random()


def emit(path, name, args):
    connection.emit_signal(None, path, CONTEXT_INTERFACE, name, args)


def ibus_text(text):
    """An IBusText as IBus serialises it: (name, attachments, text, attributes)."""
    return GLib.Variant("(sa{sv}sv)", ("IBusText", {}, text, GLib.Variant("s", "")))


def compose(path, text, caret):
    state["preedit"] = text
    if FCITX:
        emit(path, "UpdateFormattedPreedit", GLib.Variant("(a(si)i)", ([(text, 8)] if text else [], len(text[:caret].encode()))))
    else:
        emit(path, "UpdatePreeditText", GLib.Variant("(vub)", (ibus_text(text), caret, bool(text))))


def commit(path):
    text, state["preedit"] = state["preedit"], ""
    if not text:
        return
    compose(path, "", 0)
    if FCITX:
        emit(path, "CommitString", GLib.Variant("(s)", (text,)))
    else:
        emit(path, "CommitText", GLib.Variant("(v)", (ibus_text(text),)))


def forward(path, keysym):
    if FCITX:
        emit(path, "ForwardKey", GLib.Variant("(uub)", (keysym, 0, False)))
    else:
        emit(path, "ForwardKeyEvent", GLib.Variant("(uuu)", (keysym, 28, 0)))


def ibus_property(key, checked, symbol):
    """An IBusProperty as IBus serialises it (name, attachments, key, type, label, icon, tooltip,
    sensitive, visible, state, sub-properties, symbol)."""
    empty_list = GLib.Variant("(sa{sv}av)", ("IBusPropList", {}, []))
    return GLib.Variant("(sa{sv}suvsvbbuvv)", ("IBusProperty", {}, key, 0, ibus_text("한글 상태"), "", ibus_text(""),
                                                True, True, 1 if checked else 0, empty_list, ibus_text(symbol)))


def say_mode(path, first):
    hangul = state["hangul"]
    if FCITX:
        emit(path, "CurrentIM", GLib.Variant("(sss)", ("Hangul", "hangul", "ko") if hangul else
                                             ("Keyboard - English (US)", "keyboard-us", "en")))
        return
    mode = ibus_property("InputMode", hangul, "한" if hangul else "EN")
    if first:
        setup = ibus_property("setup", False, "")
        emit(path, "RegisterProperties", GLib.Variant("(v)", (GLib.Variant("(sa{sv}av)", ("IBusPropList", {}, [setup, mode])),)))
    else:
        emit(path, "UpdateProperty", GLib.Variant("(v)", (mode,)))


def process_key(path, keysym, release):
    if state["slow_ms"]:
        time.sleep(delays.uniform(0, state["slow_ms"]) / 1000)
    if release:  # a key's release is not taken, as the real ones answer it
        return False
    state["keys"] += 1
    script = {ord("r"): ("ㄱ", 1), ord("k"): ("가", 1), ord("s"): ("가나", 1)}
    if keysym in script:
        compose(path, *script[keysym])
        return True
    if keysym == XK_RETURN and state["preedit"]:
        commit(path)
        forward(path, XK_RETURN)
        return True
    if keysym == ord("x") and not FCITX:
        emit(path, "HidePreeditText", None)
        return True
    if keysym == ord("y") and not FCITX:
        emit(path, "ShowPreeditText", None)
        return True
    if keysym == ord("m"):
        state["hangul"] = not state["hangul"]
        say_mode(path, False)
        return True
    if keysym == ord("h"):
        time.sleep(6)
    return False


def on_context_call(conn, sender, path, interface, method, args, invocation):
    if method == "ProcessKeyEvent":
        release = args[3] if FCITX else bool(args[2] & IBUS_RELEASE_MASK)
        invocation.return_value(GLib.Variant("(b)", (process_key(path, args[0], release),)))
        return
    if method == "Reset":
        commit(path)
    if method == "FocusIn":
        say_mode(path, True)
    invocation.return_value(None)


def on_factory_call(conn, sender, path, interface, method, args, invocation):
    state["contexts"] += 1
    context = f"/org/mandalart/stand_in/context/{state['contexts']}"
    conn.register_object(context, Gio.DBusNodeInfo.new_for_xml(CONTEXT_XML).interfaces[0], on_context_call, None, None)
    if FCITX:
        invocation.return_value(GLib.Variant("(oay)", (context, b"\0" * 16)))
    else:
        invocation.return_value(GLib.Variant("(o)", (context,)))


def on_test_call(conn, sender, path, interface, method, args, invocation):
    if method == "Keys":
        invocation.return_value(GLib.Variant("(u)", (state["keys"],)))
    elif method == "Slow":
        state["slow_ms"] = args[0]
        delays.seed(args[1])
        invocation.return_value(None)
    else:
        invocation.return_value(None)
        conn.flush_sync(None)
        Gio.bus_unown_name(owner)
        GLib.timeout_add(50, loop.quit)


connection.register_object(FACTORY[0], Gio.DBusNodeInfo.new_for_xml(FACTORY[1]).interfaces[0], on_factory_call, None, None)
connection.register_object("/test", Gio.DBusNodeInfo.new_for_xml(TEST_XML).interfaces[0], on_test_call, None, None)
owner = Gio.bus_own_name_on_connection(connection, SERVICE, Gio.BusNameOwnerFlags.NONE, None, None)
loop.run()
