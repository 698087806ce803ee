"""Runs inside the real QGIS desktop (qgis.bin --code): the panel's time series tab as a user drives it. Adds the
parcel's layer, selects its field, follows it through the FAPAR products of a folder masked by the scene classification,
and records the series the chart holds and draws, with a picture of the window, as JSON; then quits QGIS.

TERRASCOPE_PROBE_OUT: the JSON path; TERRASCOPE_PROBE_QUERY: JSON {folder, mask, widen, min_valid, picture}.
"""

import json
import os
import time
import traceback

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
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
        layer = QgsVectorLayer(os.path.join(QUERY["folder"], "field.shp"), "parcel", "ogr")
        QgsProject.instance().addMapLayer(layer)
        layer.selectAll()
        dock.tabs.setCurrentWidget(dock.timeseries_tab)
        dock.ts_content_combo.setCurrentText("FAPAR")
        dock.ts_folder_widget.setFilePath(QUERY["folder"])
        dock.ts_mask_combo.setCurrentIndex(QUERY["mask"])
        dock.ts_widen_spin.setValue(QUERY["widen"])
        dock.ts_min_valid_spin.setValue(QUERY["min_valid"])
        dock.ts_layer_combo.setLayer(layer)
        dock.ts_selected_button.click()
        section = dock.timeseries
        wait_until(lambda: section.chart is not None and section.chart.result is not None and not dock.tasks, 120)
        chart = section.chart
        result["status"] = dock.status_label.text()
        result["observations"] = [[o.acquired.isoformat(), o.product, o.status, o.valid, o.total, o.mean]
                                  for series in chart.result.series for o in series.observations]
        result["lines"] = len(chart.axes.get_lines())
        result["ylabel"] = chart.axes.get_ylabel()
        result["summary"] = chart.summary_label.text()
        wait_until(lambda: False, 1.5)  # the chart and the map drawn
        result["picture"] = iface.mainWindow().grab().save(QUERY["picture"])
    except Exception:  # the test reads the traceback from the JSON
        result["error"] = traceback.format_exc()
    with open(os.environ["TERRASCOPE_PROBE_OUT"], "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1)
    QgsApplication.exit(0)


QTimer.singleShot(1000, probe)  # after start-up, once the event loop runs
