#!/usr/bin/python3
# The reference client: a GTK3 text entry whose text, after every change and on Enter, is
# written to OUT. If the input method gives the right text here, the harness is sound.
import sys
import gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk

out = sys.argv[1]
def save(entry, *_):
    with open(out, "w", encoding="utf-8") as f:
        f.write(entry.get_text())
window = Gtk.Window(title="reference entry")
entry = Gtk.Entry()
entry.connect("changed", save)
entry.connect("activate", save)
window.add(entry)
window.connect("destroy", Gtk.main_quit)
window.show_all()
Gtk.main()
