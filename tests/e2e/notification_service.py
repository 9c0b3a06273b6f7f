#!/usr/bin/python3
"""A stand-in desktop notification service (org.freedesktop.Notifications) on the session bus,
for the reminder's tests: each notification is recorded as one JSON line in RECORD, then answered
as ANSWER says: "action" (its "checkin" action clicked) or "close" (dismissed). READY is written
once the name is owned."""
import json
import sys

from gi.repository import Gio, GLib

RECORD, ANSWER, READY = sys.argv[1], sys.argv[2], sys.argv[3]
INTERFACE = "org.freedesktop.Notifications"
XML = f"""<node><interface name='{INTERFACE}'>
<method name='Notify'><arg type='s' direction='in'/><arg type='u' direction='in'/><arg type='s' direction='in'/>
<arg type='s' direction='in'/><arg type='s' direction='in'/><arg type='as' direction='in'/><arg type='a{{sv}}' direction='in'/>
<arg type='i' direction='in'/><arg type='u' direction='out'/></method>
<method name='GetCapabilities'><arg type='as' direction='out'/></method>
<method name='GetServerInformation'><arg type='s' direction='out'/><arg type='s' direction='out'/>
<arg type='s' direction='out'/><arg type='s' direction='out'/></method>
<method name='CloseNotification'><arg type='u' direction='in'/></method>
<signal name='ActionInvoked'><arg type='u'/><arg type='s'/></signal>
<signal name='NotificationClosed'><arg type='u'/><arg type='u'/></signal>
</interface></node>"""
last_id = 0


def answer(connection, notification_id):
    path = "/org/freedesktop/Notifications"
    if ANSWER == "action":
        connection.emit_signal(None, path, INTERFACE, "ActionInvoked", GLib.Variant("(us)", (notification_id, "checkin")))
    connection.emit_signal(None, path, INTERFACE, "NotificationClosed", GLib.Variant("(uu)", (notification_id, 2)))
    return False


def on_call(connection, sender, path, interface, method, params, invocation):
    global last_id
    if method == "Notify":
        app, _, icon, summary, body, actions, _, _ = params.unpack()
        last_id += 1
        with open(RECORD, "a", encoding="utf-8") as f:
            f.write(json.dumps({"app": app, "icon": icon, "summary": summary, "body": body, "actions": actions}, ensure_ascii=False) + "\n")
        invocation.return_value(GLib.Variant("(u)", (last_id,)))
        GLib.idle_add(answer, connection, last_id)
    elif method == "GetCapabilities":
        invocation.return_value(GLib.Variant("(as)", (["actions", "body"],)))
    elif method == "GetServerInformation":
        invocation.return_value(GLib.Variant("(ssss)", ("stand-in", "mandalart tests", "1", "1.2")))
    else:
        invocation.return_value(None)


def on_bus(connection, name):
    node = Gio.DBusNodeInfo.new_for_xml(XML)
    connection.register_object("/org/freedesktop/Notifications", node.interfaces[0], on_call, None, None)


def on_name(connection, name):
    with open(READY, "w") as f:
        f.write("ready\n")


Gio.bus_own_name(Gio.BusType.SESSION, INTERFACE, Gio.BusNameOwnerFlags.NONE, on_bus, on_name, None)
GLib.MainLoop().run()
