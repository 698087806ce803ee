"""Runs in a headless QGIS: one 1024 x 1024 render of a WMTS layer from the loopback server, cold then warm.

    python3 bench/qgis_render_probe.py plugin|qgis WMTS_CAPABILITIES_URL WMS_URL REPEATS   (QGIS_PLUGINPATH set)

plugin: the layer source the plugin builds (its capabilities task, then the panel's WMTS source for the newest date).
qgis: the source QGIS's own WMTS dialog writes for the same layer, style, tile matrix set and date. The first render
of the process is cold (MapCache's disk cache was emptied by the caller; QGIS's caches are new); the next ones, each
with a new layer object, are warm. Prints one JSON object (times in ms, and a hash of each picture).
"""

import hashlib
import json
import os
import sys
import time

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsDataSourceUri,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QEventLoop, QSize, QTimer

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, os.environ["QGIS_PLUGINPATH"])
KIND, WMTS_URL, WMS_URL, REPEATS = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
LAYER = "CGS_S2_NDVI"
VIEW_32631 = QgsRectangle(595000, 5615000, 655000, 5675000)  # inside the server's images, near Brussels


def plugin_source() -> str:
    from terrascope_s2.plugin.core.services.capabilities_task import CapabilitiesTask
    from terrascope_s2.plugin.core.services.endpoints import CUSTOM, profile
    from terrascope_s2.plugin.core.services.maplayers import wmts_layer_source
    from terrascope_s2.plugin.gui.panel_view import panel_view

    loop, found = QEventLoop(), {}
    task = CapabilitiesTask(profile(CUSTOM, WMTS_URL, WMS_URL), derive=panel_view)  # as the panel reads the service
    task.loaded.connect(lambda model: (found.update(view=task.derived), loop.quit()))
    task.failed.connect(lambda reason: (found.update(error=reason), loop.quit()))
    QgsApplication.taskManager().addTask(task)
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()
    view = found["view"]
    return wmts_layer_source(view.model, LAYER, view.dates[LAYER].entries[0].value)


def qgis_source(time_value: str) -> str:
    """What QGIS's Data Source Manager (WMS/WMTS tab) writes for a WMTS layer with a TIME dimension."""
    uri = QgsDataSourceUri()
    for key, value in (("contextualWMSLegend", "0"), ("crs", "EPSG:3857"), ("dpiMode", "7"), ("featureCount", "10"),
                       ("format", "image/png"), ("layers", LAYER), ("styles", "default"),
                       ("tileDimensions", f"TIME={time_value}"), ("tileMatrixSet", "g3857"), ("url", WMTS_URL)):
        uri.setParam(key, value)
    return bytes(uri.encodedUri()).decode()


def render(source: str):
    layer = QgsRasterLayer(source, LAYER, "wms")
    if not layer.isValid():
        raise RuntimeError(f"invalid layer: {source}")
    QgsProject.instance().addMapLayer(layer)
    settings = QgsMapSettings()
    settings.setLayers([layer])
    crs = QgsCoordinateReferenceSystem("EPSG:3857")
    settings.setDestinationCrs(crs)
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32631"), crs, QgsProject.instance())
    settings.setExtent(transform.transformBoundingBox(VIEW_32631))
    settings.setOutputSize(QSize(1024, 1024))
    started = time.perf_counter()
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    ms = 1000 * (time.perf_counter() - started)
    image = job.renderedImage()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    QgsProject.instance().removeMapLayer(layer.id())
    return ms, hashlib.sha256(bytes(data)).hexdigest()[:16], image.pixelColor(512, 512).alpha()


started = time.perf_counter()
source = plugin_source() if KIND == "plugin" else None
source_ms = 1000 * (time.perf_counter() - started)
if source is None:
    from terrascope_s2.plugin.gui import panel_view  # noqa: F401 (same imports for both kinds)

    source = qgis_source(os.environ["BENCH_TIME_VALUE"])
cold_ms, cold_hash, alpha = render(source)
warm = [render(source) for _ in range(REPEATS)]
print(json.dumps({"source": source, "source_ms": source_ms, "cold_ms": cold_ms, "warm_ms": [w[0] for w in warm],
                  "hashes": sorted({cold_hash, *(w[1] for w in warm)}), "centre_alpha": alpha}))
sys.stdout.flush()
os._exit(0)
