"""Runs inside the real QGIS desktop (qgis.bin --code): the panel's catalogue tab as a user drives it. Opens the panel,
shows the catalogue tab (the collections are read), searches a tile in a date range under a cloud ceiling, opens the
newest result, and records what the map then shows (Identify at the given pixels), as JSON; then quits QGIS.

TERRASCOPE_PROBE_OUT: the JSON path; TERRASCOPE_PROBE_QUERY: JSON {collection, tile, start, end, cloud, pixels}.
"""

import json
import os
import time
import traceback

from qgis.core import QgsApplication, QgsPointXY, QgsProject, QgsRaster
from qgis.PyQt.QtCore import QDate, QTimer
from qgis.utils import iface, plugins

QUERY = json.loads(os.environ["TERRASCOPE_PROBE_QUERY"])


def wait_until(condition, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QgsApplication.processEvents()
        if condition():
            return True
        time.sleep(0.01)
    return False


def probe():
    result = {}
    try:
        plugin = plugins["terrascope_s2"]
        plugin.action.setChecked(True)  # the toolbar button: the panel appears
        dock = plugin.dock
        section = dock.catalogue
        dock.tabs.setCurrentIndex(section.tab_index)
        wait_until(lambda: section.form.collection_combo.count() > 0 and not dock.tasks, 60)
        form = section.form
        result["collections"] = [form.collection_combo.itemData(i) for i in range(form.collection_combo.count())]
        form.collection_combo.setCurrentIndex(form.collection_combo.findData(QUERY["collection"]))
        form.catalogue_tiles_edit.setText(QUERY["tile"])
        form.catalogue_from_edit.setDate(QDate.fromString(QUERY["start"], "yyyy-MM-dd"))
        form.catalogue_to_edit.setDate(QDate.fromString(QUERY["end"], "yyyy-MM-dd"))
        form.cloud_spin.setValue(QUERY["cloud"])
        form.search_button.click()
        wait_until(lambda: not dock.tasks, 120)
        model = section.model
        result["results"] = [[item.id, item.tile, item.cloud_cover] for item in model.items()]
        result["status_after_search"] = dock.status_label.text()
        footprints = section.footprints()
        result["footprints"] = footprints.featureCount() if footprints is not None else None
        form.results_view.selectRow(0)
        form.open_product_button.click()
        wait_until(lambda: not dock.tasks, 180)
        result["status_after_open"] = dock.status_label.text()
        layers = {layer.name(): layer for layer in QgsProject.instance().mapLayers().values()}
        result["layers"] = sorted(layers)
        product = next(layer for name, layer in layers.items() if name.startswith(QUERY["collection_content"]))
        canvas = iface.mapCanvas()
        canvas.setExtent(canvas.mapSettings().layerExtentToOutputExtent(product, product.extent()))
        canvas.refreshAllLayers()
        wait_until(lambda: not canvas.isDrawing(), 30)
        result["identified"] = [product.dataProvider().identify(QgsPointXY(x, y), QgsRaster.IdentifyFormat.IdentifyFormatValue)
                                .results().get(1) for x, y in QUERY["pixels"]]
        result["source_is_vrt"] = product.source().lstrip().startswith("<VRTDataset")
    except Exception:  # the test reads the traceback from the JSON
        result["error"] = traceback.format_exc()
    with open(os.environ["TERRASCOPE_PROBE_OUT"], "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1)
    QgsApplication.exit(0)


QTimer.singleShot(1000, probe)  # after start-up, once the event loop runs
