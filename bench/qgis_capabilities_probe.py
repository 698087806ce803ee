"""Runs in a headless QGIS: the plugin's capabilities against OWSLib's, on the same documents, A/B interleaved.

    python3 bench/qgis_capabilities_probe.py BASE_URL REPEATS [profile]    (QGIS_PLUGINPATH: the plugin's parent)

BASE_URL serves wmts.xml and wms.xml (bench/capabilities_doc.py). Cases, each run REPEATS times after one warm-up, in
turn (plugin, OWSLib, plugin, OWSLib...):
- plugin task: the panel's CapabilitiesTask from the request to its `loaded` signal with the panel's view (QGIS's
  network stack, the two documents fetched at once, parsing and the panel's dates made off the GUI thread);
- plugin parse: the same documents already in memory, parsed as the task parses them, with the panel's view;
- OWSLib parse: WebMapTileService(xml=...) and WebMapService(xml=..., 1.3.0) of the same bytes, with each layer's TIME
  values as this OWSLib gives them (WMTS dimensions only from OWSLib 0.30);
- OWSLib end to end: the same, OWSLib fetching the documents itself (its own HTTP, not QGIS's);
- QGIS fetch alone: the two documents fetched one after the other by QGIS's own QgsBlockingNetworkRequest, nothing
  parsed: the part of the plugin task that is QGIS's network stack, whatever the plugin does.
CPU time: of all the process's threads (the task's included), less disturbed by a busy machine than the wall time.
Peak memory: the growth of the process's peak resident set (VmHWM, reset before each case) above what it held before.
The longest GUI stall (a 2 ms QTimer on the GUI thread) of the plugin task. With `profile`: where the plugin's parse
spends its time, by stage (one run, its functions wrapped by timers). Prints one JSON object.
"""

import gc
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
BASE, REPEATS = sys.argv[1], int(sys.argv[2])
PROFILE = len(sys.argv) > 3 and sys.argv[3] == "profile"  # one run of the plugin's parse timed by stage
WMTS_URL = f"{BASE}/wmts.xml?SERVICE=WMTS&REQUEST=GetCapabilities"
WMS_URL = f"{BASE}/wms.xml"
started_at = time.perf_counter()


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


def _status(key: str) -> int:
    with open("/proc/self/status") as lines:
        return next(int(line.split()[1]) * 1024 for line in lines if line.startswith(key))


def measured(work):
    """(result, seconds, CPU seconds of the process's threads, peak MB above the resident set before) of work().

    The CPU time is what the work cost whatever else runs on the machine: on a busy machine the wall time also holds
    the waits for a core."""
    gc.collect()
    with open("/proc/self/clear_refs", "w") as clear:  # resets VmHWM to the current resident set
        clear.write("5")
    before = _status("VmRSS:")
    began, cpu = time.perf_counter(), time.process_time()
    result = work()
    seconds, cpu_seconds = time.perf_counter() - began, time.process_time() - cpu
    return result, seconds, cpu_seconds, (_status("VmHWM:") - before) / 2**20


def plugin_task():
    from terrascope_s2.plugin.core.services.capabilities_task import CapabilitiesTask
    from terrascope_s2.plugin.core.services.endpoints import CUSTOM, profile
    from terrascope_s2.plugin.gui.panel_view import panel_view

    loop, outcome = QEventLoop(), {}
    meter = StallMeter()
    meter.start()
    began = time.perf_counter()
    task = CapabilitiesTask(profile(CUSTOM, WMTS_URL, WMS_URL), timeout_s=120, derive=panel_view)
    task.loaded.connect(lambda model: (outcome.update(view=task.derived, at=time.perf_counter()), loop.quit()))
    task.failed.connect(lambda reason: (outcome.update(error=reason), loop.quit()))
    QgsApplication.taskManager().addTask(task)
    QTimer.singleShot(300_000, loop.quit)
    loop.exec()
    QTimer.singleShot(20, loop.quit)  # the stall meter keeps ticking a little after the model is there
    loop.exec()
    stall = meter.stop()
    if "view" not in outcome:
        raise RuntimeError(f"the capabilities task failed: {outcome}")
    view = outcome["view"]
    counts = {name: len(dates.entries) for name, dates in view.dates.items()}
    return counts, outcome["at"] - began, stall


def plugin_parse(wmts_document: bytes, wms_document: bytes):
    from terrascope_s2.plugin.core.services import timevalues
    from terrascope_s2.plugin.core.services.capabilities import parse_wms_capabilities, parse_wmts_capabilities
    from terrascope_s2.plugin.core.services.model import ServiceModel
    from terrascope_s2.plugin.gui.panel_view import panel_view

    shared = {"cache": timevalues.TimeCache()} if hasattr(timevalues, "TimeCache") else {}  # as the task shares it
    view = panel_view(ServiceModel.merge(parse_wmts_capabilities(wmts_document, WMTS_URL, **shared),
                                         parse_wms_capabilities(wms_document, WMS_URL, **shared)))
    return {name: len(dates.entries) for name, dates in view.dates.items()}


def owslib_parse(wmts_document: bytes | None, wms_document: bytes | None):
    """OWSLib's reading of both documents (fetched by OWSLib itself when None), with each layer's TIME values."""
    from owslib.wms import WebMapService
    from owslib.wmts import WebMapTileService

    tiles = WebMapTileService(WMTS_URL, xml=wmts_document) if wmts_document else WebMapTileService(WMTS_URL)
    counts = {}
    for name, layer in tiles.contents.items():
        dimensions = getattr(layer, "dimensions", None) or {}  # OWSLib 0.30+; 0.27 does not parse WMTS dimensions
        counts[f"WMTS {name}"] = len(dimensions.get("TIME", dimensions.get("time", {})).get("values", []))
    images = WebMapService(WMS_URL, version="1.3.0", xml=wms_document) if wms_document else \
        WebMapService(WMS_URL, version="1.3.0")
    counts.update({f"WMS {name}": len(layer.timepositions or []) for name, layer in images.contents.items()})
    return counts


STAGES = {  # where the plugin's parse spends its time: (module, function) timed by a wrapper
    "lxml parse of the documents (safe_parse)": ("terrascope_s2.plugin.core.services.capabilities", "safe_parse"),
    "of which: WMTS <Value>s joined in the bytes (value_runs)": ("terrascope_s2.plugin.core.services.capabilities",
                                                                "join_value_runs"),
    "WMTS <Value> texts read": ("terrascope_s2.plugin.core.services.capabilities", "_wmts_values"),
    "TIME texts split (read_time_spec)": ("terrascope_s2.plugin.core.services.capabilities", "read_time_spec"),
    "instants parsed (_parsed)": ("terrascope_s2.plugin.core.services.timevalues", "_parsed"),
    "order checked (_sorted)": ("terrascope_s2.plugin.core.services.timevalues", "_sorted"),
    "dimension elements stripped (lxml)": ("lxml.etree", "strip_elements"),
    "WMTS tile addresses": ("terrascope_s2.plugin.core.services.capabilities", "_tile_addresses"),
    "WMTS layers read (contents.py)": ("terrascope_s2.plugin.core.services.capabilities", "wmts_contents"),
    "WMS layers read (contents.py)": ("terrascope_s2.plugin.core.services.capabilities", "wms_contents"),
    # before contents.py (an older checkout): OWSLib parsed a copy of the stripped documents
    "stripped tree written for OWSLib (lxml)": ("terrascope_s2.plugin.core.services.capabilities", "_to_bytes"),
    "OWSLib WMTS on the stripped document": ("owslib.wmts", "WebMapTileService"),
    "OWSLib WMS on the stripped document": ("owslib.wms", "WebMapService"),
}
NESTED = "of which: "  # a stage inside another: not counted again in the rest


def staged(work) -> dict:
    """One run of work() with the stages' functions wrapped by timers: CPU milliseconds of this thread by stage, the
    rest, and the total."""
    import importlib

    spent = dict.fromkeys(STAGES, 0.0)
    originals = []

    def timed(stage, function):
        def wrapper(*args, **kwargs):
            began = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                spent[stage] += time.thread_time() - began
        return wrapper

    for stage, (module_name, name) in STAGES.items():
        module = importlib.import_module(module_name)
        if hasattr(module, name):  # (an older checkout may not have it)
            originals.append((module, name, getattr(module, name)))
            setattr(module, name, timed(stage, getattr(module, name)))
    began = time.thread_time()
    try:
        work()
    finally:
        total = time.thread_time() - began
        for module, name, original in originals:
            setattr(module, name, original)
    spent["rest (layers, dimensions, defaults, the panel's view)"] = total - sum(
        seconds for stage, seconds in spent.items() if not stage.startswith(NESTED))
    spent["total"] = total
    return {stage: round(1000 * seconds, 1) for stage, seconds in spent.items()}


def qgis_fetch():
    from qgis.core import QgsBlockingNetworkRequest
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    sizes = []
    for url in (WMTS_URL, WMS_URL):
        request = QgsBlockingNetworkRequest()
        if request.get(QNetworkRequest(QUrl(url))) != QgsBlockingNetworkRequest.ErrorCode.NoError:
            raise RuntimeError(f"QGIS could not fetch {url}: {request.errorMessage()}")
        sizes.append(len(request.reply().content()))
    return sizes


wmts_document, wms_document = (__import__("urllib.request").request.urlopen(url, timeout=60).read()  # nosec B310
                               for url in (WMTS_URL, WMS_URL))
import owslib  # noqa: E402

cases = {
    "plugin task": lambda: plugin_task(),
    "plugin parse": lambda: plugin_parse(wmts_document, wms_document),
    "OWSLib parse": lambda: owslib_parse(wmts_document, wms_document),
    "OWSLib end to end": lambda: owslib_parse(None, None),
    "QGIS fetch alone": lambda: qgis_fetch(),
}
result = {"owslib": owslib.__version__, "owslib_path": os.path.dirname(owslib.__file__),
          "wmts_bytes": len(wmts_document), "wms_bytes": len(wms_document),
          "ms": {case: [] for case in cases}, "cpu_ms": {case: [] for case in cases}, "peak_mb": {case: [] for case in cases},
          "stall_ms": []}
for attempt in range(REPEATS + 1):  # the first of each is a warm-up (imports, connections): kept apart
    for case, work in cases.items():
        found, seconds, cpu_seconds, peak = measured(work)
        if case == "plugin task":
            found, seconds, stall = found[0], found[1], found[2]
            if attempt:
                result["stall_ms"].append(stall)
        if attempt == 0:
            result.setdefault("first_ms", {})[case] = 1000 * seconds
            result.setdefault("dates", {})[case] = found
            continue
        result["ms"][case].append(1000 * seconds)
        result["cpu_ms"][case].append(1000 * cpu_seconds)
        result["peak_mb"][case].append(peak)
if PROFILE:
    result["profile"] = staged(lambda: plugin_parse(wmts_document, wms_document))
print(json.dumps(result))
sys.stdout.flush()
os._exit(0)
