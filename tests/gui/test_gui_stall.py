"""The GUI thread stays responsive while the panel loads a big capabilities document from a slow server.

The server (a separate process on loopback) answers each request after 1.5 s; the wait and the parsing of both documents
happen off the GUI thread, and the GUI thread never pauses long enough to look frozen (tests/helpers/stall.py says
why the stall's length itself is a benchmark figure, not a test).
"""

from __future__ import annotations

import time

from terrascope_s2.plugin.core.services.endpoints import CUSTOM
from terrascope_s2.tests.helpers.stall import FREEZE_MS, StallMeter, parse_threads

DATES = 5000
DELAY_S = 1.5


def test_loading_5000_dates_from_a_slow_server_never_blocks_the_gui(make_dock, slow_service, qtbot, record_property,
                                                                   monkeypatch):
    wmts_url, wms_url = slow_service(DATES, DELAY_S)
    # built without a service first; the user had chosen NDVI (5,000 dates) last time
    dock = make_dock(service_profile=CUSTOM, custom_wmts_url="", custom_wms_url="", last_layer="CGS_S2_NDVI")
    from terrascope_s2.plugin.core.settings import Settings

    stored = Settings.load()
    stored.custom_wmts_url, stored.custom_wms_url = wmts_url, wms_url
    stored.save()
    dock.memory.settings = Settings.load()

    meter = StallMeter()
    started = time.perf_counter()
    with parse_threads(monkeypatch) as on_gui_thread:
        meter.start()
        dock.service.refresh()
        assert "Connecting" in dock.status_label.text() and dock.progress_row.isVisibleTo(dock)
        qtbot.waitUntil(lambda: len(dock.dates.listed_entries()) == DATES, timeout=30_000)
        qtbot.wait(50)  # the calendar and list repaint after the data arrived
        longest_ms = meter.stop()
    elapsed = time.perf_counter() - started

    record_property("longest_gui_stall_ms", round(longest_ms, 1))
    print(f"\nlongest GUI stall while loading {DATES} dates: {longest_ms:.1f} ms (load took {elapsed:.2f} s)")
    assert elapsed >= DELAY_S  # the server really was slow
    assert dock.layer_combo.count() == 3 and dock.layer.current_layer().name == "CGS_S2_NDVI"
    assert dock.dates.listed_entries()[0].value == dock.layer.current_layer().time.texts[-1]  # newest first
    assert not dock.progress_row.isVisibleTo(dock)
    assert on_gui_thread == [False, False]  # both documents parsed off the GUI thread
    assert longest_ms < FREEZE_MS
