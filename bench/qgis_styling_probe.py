"""Runs in a headless QGIS (offscreen): the time from "open this product file" to a layer styled in physical units.

    python3 bench/qgis_styling_probe.py FILE [FILE...]   (QGIS_PLUGINPATH: the folder holding terrascope_s2)

For each file, alternately: QGIS alone (the layer added to the project with QGIS's default style), and with the
plugin's auto-styler connected (the layer added, styled in physical units through the inline VRT), several times;
then the first 1024 x 1024 render of each. The first styling of the process is reported on its own ("cold": it
imports GDAL's Python bindings). Prints one JSON object.
"""

import json
import os
import sys
import time

from qgis.core import QgsApplication, QgsMapRendererSequentialJob, QgsMapSettings, QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QSize

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, os.environ["QGIS_PLUGINPATH"])

from terrascope_s2.plugin.core.settings import Settings  # noqa: E402
from terrascope_s2.plugin.gui.local_products import AutoStyler  # noqa: E402

REPEATS = 7
project = QgsProject.instance()
settings = Settings.load()
settings.style_opened_products = True
settings.save()


def add(path: str, styler: AutoStyler | None):
    if styler is not None:
        styler.connect()
    try:
        started = time.perf_counter()
        layer = QgsRasterLayer(path, "product")
        project.addMapLayer(layer)  # the auto-styler styles it in layersAdded, as for a user's drag and drop
        seconds = time.perf_counter() - started
    finally:
        if styler is not None:
            styler.disconnect()
    assert layer.isValid(), path
    return layer, seconds


def render_ms(layer) -> float:
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(layer.extent())
    settings.setOutputSize(QSize(1024, 1024))
    started = time.perf_counter()
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return 1000 * (time.perf_counter() - started)


result = {}
for path in sys.argv[1:]:
    plain, styled, cold = [], [], None
    for attempt in range(REPEATS + 1):
        layer, seconds = add(path, None)
        plain.append(1000 * seconds)
        project.removeMapLayer(layer.id())
        styler = AutoStyler(None, project)
        layer, seconds = add(path, styler)
        physical = layer.source().lstrip().startswith("<VRTDataset")
        if attempt == 0 and cold is None and not result:
            cold = 1000 * seconds
        else:
            styled.append(1000 * seconds)
        if attempt < REPEATS:
            project.removeMapLayer(layer.id())
    plain_layer, _ = add(path, None)
    result[os.path.basename(path)] = {
        "qgis_ms": plain[1:], "plugin_ms": styled, "plugin_cold_ms": cold, "physical": physical,
        "renderer": layer.renderer().type(),
        "render_qgis_ms": render_ms(plain_layer), "render_plugin_ms": render_ms(layer),
    }
    project.removeAllMapLayers()
print(json.dumps(result))
sys.stdout.flush()
os._exit(0)
