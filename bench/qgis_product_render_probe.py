"""Runs in a headless QGIS (offscreen): rendering a product file, plain or styled in physical units, cold then warm.

    python3 bench/qgis_product_render_probe.py FILE KIND VIEW [WARM]   KIND: plain | plugin; VIEW: full | 10km

plain: QgsRasterLayer(FILE) with QGIS's default style; plugin: the plugin's loader (physical units through the inline
VRT, VITO's colours). The first 1024 x 1024 render of the process is cold (GDAL's block cache empty; the file itself
is in the page cache after the bench's warm-up); then WARM renders of the same view, each a new job. VIEW full is the
layer's extent, 10km a 10 x 10 km square at its centre. Identify at the centre is reported (physical for the plugin).
Prints one JSON object.
"""

import json
import os
import sys
import time

from qgis.core import (
    QgsApplication,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPointXY,
    QgsRaster,
    QgsRasterLayer,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize

QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()
sys.path.insert(0, os.environ["QGIS_PLUGINPATH"])

path, kind, view = sys.argv[1:4]
warm = int(sys.argv[4]) if len(sys.argv) > 4 else 10
if kind == "plain":
    layer = QgsRasterLayer(path, "plain", "gdal")
else:
    from terrascope_s2.plugin.core.products.loader import find_product_files, product_layers

    files = find_product_files(path)
    layers, _ = product_layers(files)
    layer = next(item.layer for item in layers if item.name.content == files.product.content)
assert layer.isValid()
extent = layer.extent()
if view == "10km":
    centre = extent.center()
    extent = QgsRectangle(centre.x() - 5000, centre.y() - 5000, centre.x() + 5000, centre.y() + 5000)


def render() -> float:
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(1024, 1024))
    started = time.perf_counter()
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return 1000 * (time.perf_counter() - started)


cold = render()
warm_ms = [render() for _ in range(warm)]
centre = layer.extent().center()
value = layer.dataProvider().identify(QgsPointXY(centre), QgsRaster.IdentifyFormat.IdentifyFormatValue).results().get(1)
print(json.dumps({"cold_ms": cold, "warm_ms": warm_ms, "identify": value, "renderer": layer.renderer().type(),
                  "source_is_vrt": layer.source().lstrip().startswith("<VRTDataset")}))
sys.stdout.flush()
os._exit(0)
