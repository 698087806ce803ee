"""Fixtures of the dock tests: a clean settings group, and a panel made the way the plugin makes it."""

from __future__ import annotations

import pytest
from qgis.core import QgsSettings

from terrascope_s2.plugin.core.endpoints import CUSTOM
from terrascope_s2.plugin.core.settings import Settings


@pytest.fixture
def clean_settings():
    QgsSettings().remove("terrascope_s2")
    yield
    QgsSettings().remove("terrascope_s2")


@pytest.fixture
def make_dock(qgis_iface, qgis_new_project, clean_settings, qtbot):
    """make_dock(**settings) stores the settings, then builds the panel as the plugin does (without a service URL by
    default: no network). Every panel is closed as the plugin's unload() closes it."""
    from terrascope_s2.plugin.gui.dock import TerrascopeDock

    docks = []

    def make(**values):
        values.setdefault("service_profile", CUSTOM)
        stored = Settings.load()
        for name, value in values.items():
            setattr(stored, name, value)
        stored.save()
        dock = TerrascopeDock(qgis_iface)
        dock.resize(360, 900)
        docks.append(dock)
        return dock

    yield make
    for dock in docks:
        dock.close_plugin()
        dock.deleteLater()
    qtbot.wait(1)  # let deleteLater run
