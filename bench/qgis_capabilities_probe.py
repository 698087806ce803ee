"""Runs in a headless QGIS: from "read the service" to a ready service model, and the longest GUI stall meanwhile.

    python3 bench/qgis_capabilities_probe.py BASE_URL WMTS_FILE WMS_FILE REPEATS    (QGIS_PLUGINPATH: the plugin's parent)

The plugin: its capabilities task (QGIS's network stack, parsing off the GUI thread) against the loopback server at
BASE_URL, timed from the request to the `ready` signal with the service model (three layers, their dates). A plain
OWSLib parse of the same documents (already in memory, on the GUI thread, as a plugin without a task would do):
WebMapTileService(xml=...) with its TIME values where this OWSLib parses them (0.30+), and WebMapService 1.3.0 with
layer.timepositions. A QTimer ticking every 2 ms on the GUI thread gives the longest stall. Prints one JSON object.
"""

import json
import os
import sys
import time

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QEventLoop, Qt, QTimer

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, os.environ["QGIS_PLUGINPATH"])
BASE, WMTS_FILE, WMS_FILE, REPEATS = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
WMTS_URL = f"{BASE}/wmts.xml?SERVICE=WMTS&REQUEST=GetCapabilities"
WMS_URL = f"{BASE}/wms.xml"


class StallMeter:
    def __init__(self):
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._tick)
        self.last = self.longest = 0.0

    def start(self):
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()

    def _tick(self):
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return 1000 * self.longest


def plugin_once():
    from terrascope_s2.plugin.core.services.capabilities_task import CapabilitiesTask
    from terrascope_s2.plugin.core.services.endpoints import CUSTOM, profile
    from terrascope_s2.plugin.gui.panel_view import panel_view

    loop, outcome = QEventLoop(), {}
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    # the services core's task as the panel runs it: the panel's view (date entries) made in the task's thread
    task = CapabilitiesTask(profile(CUSTOM, WMTS_URL, WMS_URL), timeout_s=30, derive=panel_view)
    task.loaded.connect(lambda model: (outcome.update(view=task.derived, at=time.perf_counter()), loop.quit()))
    task.failed.connect(lambda reason: (outcome.update(error=reason), loop.quit()))
    QgsApplication.taskManager().addTask(task)
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    QTimer.singleShot(20, loop.quit)  # the stall meter keeps ticking a little after the model is there
    loop.exec()
    stall = meter.stop()
    if "view" not in outcome:
        raise RuntimeError(f"the capabilities task failed: {outcome}")
    view = outcome["view"]
    return 1000 * (outcome["at"] - started), stall, {name: len(dates.entries) for name, dates in view.dates.items()}


def owslib_once(wmts_document: bytes, wms_document: bytes):
    from owslib.wms import WebMapService
    from owslib.wmts import WebMapTileService

    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    tiles = WebMapTileService(WMTS_URL, xml=wmts_document)
    counts = {}
    for name, layer in tiles.contents.items():
        dimensions = getattr(layer, "dimensions", None) or {}  # OWSLib 0.30+; 0.27 does not parse WMTS dimensions
        counts[name] = len(dimensions.get("TIME", dimensions.get("time", {})).get("values", []))
    wmts_done = time.perf_counter()
    images = WebMapService(WMS_URL, version="1.3.0", xml=wms_document)
    wms_counts = {name: len(layer.timepositions or []) for name, layer in images.contents.items()}
    done = time.perf_counter()
    QgsApplication.processEvents()  # the ticks that were due during the parse
    stall = meter.stop()
    return 1000 * (wmts_done - started), 1000 * (done - wmts_done), stall, counts, wms_counts


with open(WMTS_FILE, "rb") as f:
    wmts_document = f.read()
with open(WMS_FILE, "rb") as f:
    wms_document = f.read()
import owslib  # noqa: E402

result = {"owslib": owslib.__version__, "owslib_path": os.path.dirname(owslib.__file__), "plugin_ms": [], "plugin_stall_ms": [],
          "owslib_wmts_ms": [], "owslib_wms_ms": [], "owslib_stall_ms": []}
for attempt in range(REPEATS + 1):  # the first of each is a warm-up (imports, connection set-up): not counted
    ms, stall, counts = plugin_once()
    wmts_ms, wms_ms, owslib_stall, wmts_counts, wms_counts = owslib_once(wmts_document, wms_document)
    if attempt == 0:
        result.update(plugin_first_ms=ms, plugin_first_stall_ms=stall, plugin_dates=counts,
                      owslib_first_ms=wmts_ms + wms_ms, owslib_wmts_dates=wmts_counts, owslib_wms_dates=wms_counts)
        continue
    result["plugin_ms"].append(ms)
    result["plugin_stall_ms"].append(stall)
    result["owslib_wmts_ms"].append(wmts_ms)
    result["owslib_wms_ms"].append(wms_ms)
    result["owslib_stall_ms"].append(owslib_stall)
print(json.dumps(result))
sys.stdout.flush()
os._exit(0)
