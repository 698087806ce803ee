"""Hand-edited or damaged settings (QGIS3.ini is a text file): the panel still opens, with the default of each bad value."""

from __future__ import annotations

from qgis.core import QgsSettings

from terrascope_s2.plugin.core.settings import Settings


def stored(**values) -> None:
    for name, value in values.items():
        QgsSettings().setValue(f"terrascope_s2/{name}", value)


def test_unreadable_values_fall_back_to_their_defaults_and_are_logged(clean_settings, message_log):
    stored(network_timeout_s="abc", last_tab="x", prefer_wmts="maybe", add_tile_outline="yes", last_tile="31UGS",
           style_opened_products="false")
    settings = Settings.load()
    assert (settings.network_timeout_s, settings.last_tab, settings.prefer_wmts) == (30, 0, True)
    assert (settings.add_tile_outline, settings.last_tile, settings.style_opened_products) == (True, "31UGS", False)
    assert any("network_timeout_s='abc' is not a int" in message for message, _ in message_log), message_log
    assert any("last_tab='x'" in message for message, _ in message_log)
    stored(network_timeout_s="-5", last_tab="2")
    assert (Settings.load().network_timeout_s, Settings.load().last_tab) == (30, 2)


def test_the_panel_opens_with_bad_values_in_the_settings(make_dock, clean_settings):
    stored(network_timeout_s="abc", last_tab="x", last_date_from=["2021-04-01", "x"])
    dock = make_dock()  # raised TypeError ("unable to convert a QVariant of type 10 ...") before
    assert dock.tabs.currentIndex() == 0
    assert dock.memory.settings.network_timeout_s == 30
