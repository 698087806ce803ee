"""Runs inside the real QGIS desktop (qgis.bin --code) once start-up is over: what the start cost, as JSON, then quits.

QGIS's own start-up profiler gives the time of each plugin ("Load plugins/<name>": import, classFactory, initGui) and
the whole start. The network requests come from bench/startup_watch.py (PYQGIS_STARTUP), connected before any plugin
loaded; the probe waits STARTUP_WATCH_S more seconds, in case a plugin defers a request with a timer. The environment
gives the output path and the launch time (TERRASCOPE_PROBE_OUT, TERRASCOPE_LAUNCHED).
"""

import builtins
import json
import os
import sys
import time

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QTimer
from qgis.utils import active_plugins

WATCH_S = float(os.environ.get("STARTUP_WATCH_S", "2"))
reached = time.time()


def control_request() -> bool:
    """One request to the loopback listener after start-up, through QGIS: proves both watches see requests."""
    from qgis.core import QgsNetworkAccessManager
    from qgis.PyQt.QtCore import QEventLoop, QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    request = QNetworkRequest(QUrl(os.environ["TERRASCOPE_CONTROL_URL"]))
    request.setTransferTimeout(2000)
    reply = QgsNetworkAccessManager.instance().get(request)
    loop = QEventLoop()
    reply.finished.connect(loop.quit)
    if not reply.isFinished():
        loop.exec()
    return True


def probe():
    before_control = list(getattr(builtins, "terrascope_bench_requests", []))
    control_request()
    after_control = list(getattr(builtins, "terrascope_bench_requests", []))
    profiler = QgsApplication.profiler()
    plugins = profiler.childGroups("Load plugins", "startup")
    result = {
        "launch_to_ready_s": reached - float(os.environ["TERRASCOPE_LAUNCHED"]),
        "startup_total_s": sum(profiler.profileTime(group, "startup") for group in profiler.childGroups("", "startup")),
        "startup_groups": profiler.childGroups("", "startup"),
        "load_plugins_s": profiler.profileTime("Load plugins", "startup"),
        "plugins_ms": {name: 1000 * profiler.profileTime(f"Load plugins/{name}", "startup") for name in plugins},
        "active": sorted(active_plugins),
        "requests": [url for _, url in before_control],
        "control_seen": len(after_control) > len(before_control),
        "watched": hasattr(builtins, "terrascope_bench_requests"),
        "modules": sorted(name for name in sys.modules if "." not in name),
        "plugin_modules": sorted(name for name in sys.modules if name.startswith("terrascope_s2")),
    }
    with open(os.environ["TERRASCOPE_PROBE_OUT"], "w", encoding="utf-8") as out:
        json.dump(result, out)
    QgsApplication.exit(0)


QTimer.singleShot(int(WATCH_S * 1000), probe)
