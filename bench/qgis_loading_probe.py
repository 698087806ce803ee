"""Runs in a headless QGIS (offscreen): loading products into the project, the plugin's loader against plain layers.

    python3 bench/qgis_loading_probe.py FOLDER [REPEATS [KIND]]   (QGIS_PLUGINPATH: the folder holding terrascope_s2)

FOLDER holds products (loose files of several acquisitions). Alternately, REPEATS times after one warm-up of each:
"plain": a QgsRasterLayer for each image file of each product, added to the project (what QGIS does for a file dropped
on it, with QGIS's default style); "loader": the plugin's find_products, product_layers (physical units, colours,
metadata) and add_to_project, as the panel and loadproduct do. Every layer is checked valid; the project is emptied
between runs. Prints one JSON object: wall and CPU seconds of each load. With REPEATS 0 and a kind (plain or
loader): one load of that kind, nothing printed (for counting the files it opens under strace).
"""

import json
import os
import sys
import time

from qgis.core import QgsApplication, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, os.environ["QGIS_PLUGINPATH"])

from terrascope_s2.plugin.core.products.loader import add_to_project, find_products, product_layers  # noqa: E402

folder = sys.argv[1]
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
project = QgsProject.instance()


def plain() -> int:
    count = 0
    for files in find_products(folder):  # the file list only: not timed apart, it is the same walk for both
        for path, _name in files.images:
            layer = QgsRasterLayer(str(path), path.stem, "gdal")
            assert layer.isValid(), path
            project.addMapLayer(layer)
            count += 1
    return count


def loader() -> int:
    count = 0
    for files in find_products(folder):
        layers, notes = product_layers(files)
        assert not notes, notes
        add_to_project(files, layers, project)
        count += len(layers)
    return count


def timed(load) -> tuple[float, float, int]:
    """Wall and CPU seconds of one load (CPU time: this process's user and system time, which other processes' load
    does not lengthen), and the layers made. The project is emptied after, its deleted layers freed before the next."""
    started, cpu = time.perf_counter(), time.process_time()
    count = load()
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    project.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # not counted in the next load
    return seconds, cpu_seconds, count


if repeats == 0:  # one load of the kind named in argv[3], for the caller's strace to count the files opened
    timed(plain if sys.argv[3] == "plain" else loader)
    os._exit(0)
result = {"plain_s": [], "loader_s": [], "plain_cpu_s": [], "loader_cpu_s": []}
timed(plain), timed(loader)  # warm-up: imports, GDAL drivers, the page cache
for attempt in range(repeats):
    for kind in (("plain", "loader") if attempt % 2 == 0 else ("loader", "plain")):
        seconds, cpu_seconds, count = timed(plain if kind == "plain" else loader)
        result[f"{kind}_s"].append(seconds)
        result[f"{kind}_cpu_s"].append(cpu_seconds)
        result[f"{kind}_layers"] = count
print(json.dumps(result))
sys.stdout.flush()
os._exit(0)
