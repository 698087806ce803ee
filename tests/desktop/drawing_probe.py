"""Runs inside the real QGIS desktop (qgis.bin --code): product layers drawn on the map canvas through the plugin's
lookup renderer, the project saved and read again and drawn, then the layers left in the project and QGIS quit by
File > Exit, as a user quits. Writes what it saw as JSON before quitting.

TERRASCOPE_PROBE_OUT: the JSON path; TERRASCOPE_PRODUCTS: product files, separated by os.pathsep;
TERRASCOPE_PROJECT: where to save the project.
"""

import json
import os
import traceback

from qgis.core import QgsApplication, QgsMapRendererParallelJob, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface


def wait(milliseconds: int) -> None:
    loop_until = QTimer()
    loop_until.setSingleShot(True)
    loop_until.start(milliseconds)
    while loop_until.isActive():
        QgsApplication.processEvents()


def draw(layers) -> int:
    """The canvas drawn with the layers, at full extent then zoomed in (QGIS's drawing threads); then the canvas's
    view drawn into an image by a parallel job: the number of colours it shows."""
    canvas = iface.mapCanvas()
    canvas.setLayers(layers)
    canvas.setDestinationCrs(layers[0].crs())
    canvas.zoomToFullExtent()
    canvas.refreshAllLayers()
    wait(2000)
    canvas.zoomScale(canvas.scale() / 8)
    canvas.refreshAllLayers()
    wait(1500)
    canvas.zoomToFullExtent()
    job = QgsMapRendererParallelJob(canvas.mapSettings())
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    return len({image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)})


def probe():
    result = {}
    try:
        from terrascope_s2.plugin.core.products.loader import find_product_files, product_layers

        project = QgsProject.instance()
        layers = []
        for path in os.environ["TERRASCOPE_PRODUCTS"].split(os.pathsep):
            found, _ = product_layers(find_product_files(path))
            layers += [item.layer for item in found if item.layer.renderer().type() == "singlebandpseudocolor"]
        project.addMapLayers(layers)
        result["renderers"] = sorted(type(layer.renderer()).__name__ for layer in layers)
        result["drawn"] = draw(layers)
        result["written"] = project.write(os.environ["TERRASCOPE_PROJECT"])
        project.clear()
        wait(500)
        result["read"] = project.read(os.environ["TERRASCOPE_PROJECT"])
        again = list(project.mapLayers().values())
        result["renderers_read"] = sorted(type(layer.renderer()).__name__ for layer in again)
        result["drawn_read"] = draw(again)
        project.setDirty(False)  # no "save the project?" question at exit
    except Exception:  # the test reads the traceback from the JSON
        result["error"] = traceback.format_exc()
    with open(os.environ["TERRASCOPE_PROBE_OUT"], "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1)
    iface.actionExit().trigger()  # the layers still in the project, as a user quits


QTimer.singleShot(1000, probe)  # after start-up, once the event loop runs
