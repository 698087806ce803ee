"""What every section of the panel has: the dock's widgets, the panel's memory of the user's choices, its status row.

A new section subclasses Section, connects its widgets in __init__, says things through self.status, stores choices
with self.memory.remember(...), and undoes its connections to QGIS in close(); gui/dock.py makes it and wires it.
"""

from __future__ import annotations

from contextlib import contextmanager

from qgis.PyQt.QtCore import QObject

from ...core.settings import Settings
from .status import StatusRow


class PanelMemory:
    """The user's choices, stored at once (QGIS may be closed any time); nothing is stored while the panel restores."""

    def __init__(self):
        self.settings = Settings.load()
        self.restoring = False

    def reload(self) -> Settings:
        """The settings again (the options page may have changed them)."""
        self.settings = Settings.load()
        return self.settings

    def remember(self, **values) -> None:
        if self.restoring:
            return
        stored = Settings.load()  # the options page may have changed others meanwhile
        for name, value in values.items():
            setattr(stored, name, value)
            setattr(self.settings, name, value)
        stored.save()

    @contextmanager
    def restoring_state(self):
        self.restoring = True
        try:
            yield
        finally:
            self.restoring = False


class Section(QObject):
    def __init__(self, dock, memory: PanelMemory, status: StatusRow):
        super().__init__(dock)
        self.dock = dock  # its widgets come from resources/ui/dock.ui
        self.memory = memory
        self.status = status

    @property
    def settings(self) -> Settings:
        return self.memory.settings

    def close(self) -> None:
        """The plugin is unloaded: drop every connection to QGIS (widgets go with the dock)."""
