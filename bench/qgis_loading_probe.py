"""Runs in a headless QGIS (offscreen): loading products into the project, the plugin's loader against plain layers.

    python3 bench/qgis_loading_probe.py FOLDER [REPEATS [KIND]]   (QGIS_PLUGINPATH: the folder holding terrascope_s2)

FOLDER holds products (loose files of several acquisitions). Alternately, REPEATS times after one warm-up of each:
"plain": a QgsRasterLayer for each image file of each product, added to the project (what QGIS does for a file dropped
on it, with QGIS's default style); "loader": the plugin's find_products, product_layers (physical units, colours,
metadata) and add_to_project, as the panel and loadproduct do. Every layer is checked valid; the project is emptied
between runs. Prints one JSON object: wall and CPU seconds of each load, and where one more load of each kind spends
its CPU time ("where": QGIS making the layers, QGIS adding them to the project, the plugin's own reading of the TIFF
directories and its styling, the rest). With REPEATS 0 and a kind (plain or loader): one load of that kind, nothing
printed (for counting the files it opens under strace).
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

import terrascope_s2.plugin.core.products.loader as loader_module  # noqa: E402
from terrascope_s2.plugin.core.products.loader import find_products  # noqa: E402

folder = sys.argv[1]
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 5
project = QgsProject.instance()


def plain() -> int:
    count = 0
    for files in find_products(folder):  # the file list only: not timed apart, it is the same walk for both
        for path, _name in files.images:
            layer = raster_layer(str(path), path.stem, "gdal")
            assert layer.isValid(), path
            add_map_layer(layer)
            count += 1
    return count


def loader() -> int:
    count = 0
    for files in find_products(folder):
        layers, notes = loader_module.product_layers(files)
        assert not notes, notes
        loader_module.add_to_project(files, layers, project)
        count += len(layers)
    return count


def timed_load(load) -> tuple[float, float, int]:
    """Wall and CPU seconds of one load (CPU time: this process's user and system time, which other processes' load
    does not lengthen), and the layers made. The project is emptied after, its deleted layers freed before the next."""
    started, cpu = time.perf_counter(), time.process_time()
    count = load()
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    project.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # not counted in the next load
    return seconds, cpu_seconds, count


spent: dict[str, float] = {}


def timed(stage: str, function):
    """function, its CPU time added to spent[stage] (the innermost stage only: nested ones are taken out)."""
    def wrapper(*args, **kwargs):
        outer = dict(spent)
        began = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            inner = sum(spent.values()) - sum(outer.values())
            spent[stage] = spent.get(stage, 0.0) + time.process_time() - began - inner
    return wrapper


raster_layer, add_map_layer = QgsRasterLayer, project.addMapLayer


def where(load) -> dict[str, float]:
    """CPU milliseconds of one load by stage (its functions wrapped by timers for this load only)."""
    global raster_layer, add_map_layer
    stages = {"QGIS makes the layers (QgsRasterLayer)": [(loader_module, "QgsRasterLayer")],
              "QGIS adds them to the project": [(loader_module, "add_to_project")],
              "plugin: TIFF directories read": [(loader_module, "tiff_facts")],
              "plugin: styling (physical units, colours, time, metadata)": [(loader_module, "style_layer"),
                                                                          (loader_module, "apply_inspire")]}
    originals = [(module, name, getattr(module, name)) for targets in stages.values() for module, name in targets
                 if hasattr(module, name)]  # (an older checkout may not have it)
    spent.clear()
    for stage, targets in stages.items():
        for module, name in targets:
            if not hasattr(module, name):
                continue
            wrapped = timed(stage, getattr(module, name))
            if name == "QgsRasterLayer":
                wrapped.LayerOptions = QgsRasterLayer.LayerOptions
            setattr(module, name, wrapped)
    raster_layer = timed("QGIS makes the layers (QgsRasterLayer)", QgsRasterLayer)
    add_map_layer = timed("QGIS adds them to the project", project.addMapLayer)
    try:
        _seconds, cpu_seconds, _count = timed_load(load)
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
        raster_layer, add_map_layer = QgsRasterLayer, project.addMapLayer
    found = {stage: round(1000 * seconds, 1) for stage, seconds in spent.items()}
    found["the rest (finding the files, the plugin's other work)"] = round(1000 * cpu_seconds - sum(found.values()), 1)
    found["total"] = round(1000 * cpu_seconds, 1)
    return found


if repeats == 0:  # one load of the kind named in argv[3], for the caller's strace to count the files opened
    timed_load(plain if sys.argv[3] == "plain" else loader)
    os._exit(0)
result = {"plain_s": [], "loader_s": [], "plain_cpu_s": [], "loader_cpu_s": []}
timed_load(plain), timed_load(loader)  # warm-up: imports, GDAL drivers, the page cache
for attempt in range(repeats):
    for kind in (("plain", "loader") if attempt % 2 == 0 else ("loader", "plain")):
        seconds, cpu_seconds, count = timed_load(plain if kind == "plain" else loader)
        result[f"{kind}_s"].append(seconds)
        result[f"{kind}_cpu_s"].append(cpu_seconds)
        result[f"{kind}_layers"] = count
result["where"] = {"plain": where(plain), "loader": where(loader)}
print(json.dumps(result))
sys.stdout.flush()
os._exit(0)
