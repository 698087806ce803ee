"""PYQGIS_STARTUP script: runs when QGIS's Python starts, before any plugin loads; records every network request QGIS
is asked to make from then on (URL and time), for bench/startup_probe.py to read."""

import builtins
import time

from qgis.core import QgsNetworkAccessManager, QgsNetworkRequestParameters

builtins.terrascope_bench_requests = requests = []  # read by the probe (same interpreter)


def _record(parameters):
    requests.append((time.time(), parameters.request().url().toString()))


# the overload must be named: without it PyQt connects to the deprecated one, which never fires for these requests
QgsNetworkAccessManager.instance().requestAboutToBeCreated[QgsNetworkRequestParameters].connect(_record)
