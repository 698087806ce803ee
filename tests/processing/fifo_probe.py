"""Run in a child process by test_fifo_inputs.py (which kills it if it hangs):

    python fifo_probe.py <plugin import root> <case> <fifo path>

Gives one of the plugin's entry points a FIFO (a named pipe: opening it for reading waits for a writer that never
comes) and prints one JSON line: {"error": the plugin's message} or {"result": ...}.
"""

from __future__ import annotations

import json
import sys

from qgis.core import QgsApplication

import_root, case, fifo = sys.argv[1:4]
sys.path.insert(0, import_root)
app = QgsApplication([], False)
app.initQgis()
sys.path.append(QgsApplication.pkgDataPath() + "/python/plugins")
from processing.core.Processing import Processing  # noqa: E402
from qgis.core import (  # noqa: E402
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from terrascope_s2.plugin.core.errors import PluginError  # noqa: E402
from terrascope_s2.plugin.processing.provider import TerrascopeProvider  # noqa: E402

Processing.initialize()
provider = TerrascopeProvider()  # kept: the registry does not keep the Python object alive
QgsApplication.processingRegistry().addProvider(provider)
import processing  # noqa: E402


def points():
    layer = QgsVectorLayer("Point?crs=EPSG:32631&field=name:string", "points", "memory")
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(650000, 5650000)))
    feature.setAttributes(["a"])
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    return layer


folder = fifo.rsplit("/", 1)[0]
runs = {
    "tophysical": lambda: ("tophysical", {"INPUT": fifo, "OUTPUT": f"{folder}/out/physical.tif"}),
    "maskbysceneclassification": lambda: ("maskbysceneclassification", {
        "INPUT": fifo, "CLASSIFICATION": fifo, "OUTPUT": f"{folder}/out/masked.tif"}),
    "timeseries": lambda: ("timeseries", {"INPUT": points(), "FOLDER": folder, "CONTENT": 3, "OUTPUT": "memory:"}),
    "loadproduct": lambda: ("loadproduct", {"PRODUCT": fifo}),
    "listdates": lambda: ("listdates", {"URL": f"file://{fifo}", "LAYER": "CGS_S2_NDVI", "OUTPUT": "memory:"}),
}
try:
    if case == "fetch":
        from terrascope_s2.plugin.core.services.network import fetch

        result = {"result": len(fetch(f"file://{fifo}", timeout_s=2))}
    else:
        name, parameters = runs[case]()
        feedback = QgsProcessingFeedback()
        output = processing.run(f"terrascope_s2:{name}", parameters, feedback=feedback)
        result = {"result": str(output)[:300], "log": feedback.textLog()[-2000:]}
except (QgsProcessingException, PluginError) as error:
    result = {"error": str(error)}
print(json.dumps(result))
app.exitQgis()
