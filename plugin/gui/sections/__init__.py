"""The panel's sections: one controller each (service, layer, tile, dates, adding, local products), all built on
section.Section and wired together by gui/dock.py."""
