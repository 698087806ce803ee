"""Runs inside the real QGIS desktop (qgis.bin --code): a new user's first "Add to map". It opens the panel from its
toolbar button, waits for the service's layers, clicks "Add to map", waits for the map to be drawn, and writes what the
user sees: the canvas extent, scale and CRS, the tile's square in canvas pixels, the layers, the panel's status line,
and the canvas as a PNG. Paths come from TERRASCOPE_PROBE_OUT (JSON) and TERRASCOPE_PROBE_PICTURE (PNG)."""

import json
import os
import time
import traceback

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface, plugins

OUT = os.environ["TERRASCOPE_PROBE_OUT"]
PICTURE = os.environ["TERRASCOPE_PROBE_PICTURE"]
result = {"steps": []}


def finish():
    with open(OUT, "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1)
    QTimer.singleShot(100, lambda: QgsApplication.exit(0))  # no 'save the project?' question


def guarded(step):
    def run():
        try:
            step()
        except Exception:  # the test reads the traceback from the JSON
            result["error"] = traceback.format_exc()
            finish()
    return run


def wait_for(condition, then, what, timeout_s=60.0, started=None):
    started = started or time.monotonic()
    if condition():
        result["steps"].append(f"{what} after {time.monotonic() - started:.1f} s")
        QTimer.singleShot(0, guarded(then))
    elif time.monotonic() - started > timeout_s:
        result["error"] = f"gave up waiting for {what}; the panel says: {dock_status()}"
        finish()
    else:
        QTimer.singleShot(100, lambda: wait_for(condition, then, what, timeout_s, started))


def dock_status():
    dock = plugins["terrascope_s2"].dock if "terrascope_s2" in plugins else None
    return dock.status_label.text() if dock is not None else "(no panel)"


def open_panel():
    iface.mainWindow().showMaximized()  # as a user's QGIS window is
    button = next(action for action in iface.webToolBar().actions() if action.objectName() == "terrascope_s2_show_dock")
    button.trigger()
    dock = plugins["terrascope_s2"].dock
    wait_for(lambda: dock.layer_combo.count() > 0 and not dock.tasks, click_add, "the service's layers")


def click_add():
    dock = plugins["terrascope_s2"].dock
    result["before"] = {"layer": dock.layer_combo.currentData(), "tile": dock.tile_combo.currentText(),
                        "dates": [entry.value for entry in dock.dates.selected_entries()],
                        "outlines": dock.outline_check.isChecked(), "status": dock_status(),
                        "project_crs": QgsProject.instance().crs().authid(),
                        "layer_tree_width": iface.layerTreeView().viewport().width()}
    QTest.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    wait_for(lambda: dock.adding.last_added_ids and not dock.tasks, settle, "the layer added")


quiet_since = [None]


def drawn():
    """The canvas has not been drawing for 2 s (WMTS tiles arrive while it draws)."""
    canvas = iface.mapCanvas()
    if canvas.isDrawing():
        quiet_since[0] = None
        return False
    quiet_since[0] = quiet_since[0] or time.monotonic()
    return time.monotonic() - quiet_since[0] > 2.0


def settle():
    wait_for(drawn, record, "the map drawn")


def temporal_state(canvas):
    """The Temporal Controller: its panel, and the frames it steps through."""
    from qgis.PyQt.QtWidgets import QDockWidget

    panel = iface.mainWindow().findChild(QDockWidget, "Temporal Controller")
    controller = canvas.temporalController()
    extent = controller.temporalExtents()
    frame = controller.dateTimeRangeForFrameNumber(controller.currentFrameNumber())
    return {"panel_visible": panel is not None and panel.isVisible(), "mode": int(controller.navigationMode()),
            "animated": controller.navigationMode() == controller.Animated,
            "extent": [extent.begin().toString("yyyy-MM-dd"), extent.end().toString("yyyy-MM-dd")],
            "frames": controller.totalFrameCount(), "frame": frame.begin().toString("yyyy-MM-dd")}


def record():
    canvas = iface.mapCanvas()
    dock = plugins["terrascope_s2"].dock
    crs = canvas.mapSettings().destinationCrs()
    extent = canvas.extent()
    tile_id = dock.tile_combo.currentText()
    # the tile's corners from its own UTM numbers (tiles.py: ESA's grid), reprojected to the canvas and to pixels
    from terrascope_s2.plugin.core.grid.tiles import tile

    square = tile(tile_id)
    to_canvas = QgsCoordinateTransform(QgsCoordinateReferenceSystem(square.crs_authid), crs, QgsProject.instance())
    corners = [to_canvas.transform(QgsPointXY(x, y)) for x, y in
               ((square.xmin, square.ymin), (square.xmin, square.ymax), (square.xmax, square.ymax), (square.xmax, square.ymin))]
    pixels = [canvas.getCoordinateTransform().transform(point) for point in corners]
    result.update(
        canvas_crs=crs.authid(), project_crs=QgsProject.instance().crs().authid(), scale=canvas.scale(),
        extent=[extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()],
        tile_corners=[[p.x(), p.y()] for p in corners], tile_pixels=[[p.x(), p.y()] for p in pixels],
        canvas_size=[canvas.width(), canvas.height()], canvas_colour=canvas.canvasColor().name(),
        layers=[layer.name() for layer in QgsProject.instance().mapLayers().values()],
        canvas_layers=[layer.name() for layer in canvas.layers()],
        status=dock_status(), status_error="b00020" in dock.status_label.styleSheet(),
        # the Layers panel: the width its names need (with their indentation, check box and icon), and its own
        layer_tree_needed=layer_names_needed(), layer_tree_width=iface.layerTreeView().viewport().width(),
        temporal=temporal_state(canvas),
    )
    canvas.grab().save(PICTURE)
    finish()


def layer_names_needed():
    """The width the layers' rows need in the Layers panel: indentation, check box, icon and name (not their legends,
    whose ramp QGIS draws as wide as it likes)."""
    view = iface.layerTreeView()
    model = view.layerTreeModel()
    widths = []
    for node in QgsProject.instance().layerTreeRoot().findLayers():
        index = view.proxyModel().mapFromSource(model.node2index(node)) if hasattr(view, "proxyModel") else \
            model.node2index(node)
        widths.append(view.visualRect(index).left() + view.sizeHintForIndex(index).width())
        result.setdefault("rows", []).append({"left": view.visualRect(index).left(), "hint": view.sizeHintForIndex(index).width(),
                                              "text": view.fontMetrics().horizontalAdvance(node.name()),
                                              "font": view.font().toString(), "indicators": [i.toolTip() for i in view.indicators(node)] if hasattr(view, "indicators") else -1})
    return max(widths, default=0)


QTimer.singleShot(500, guarded(open_panel))
