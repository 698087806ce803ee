"""Run inside the real QGIS desktop (qgis.bin --code): open the Terrascope panel, add a layer from the loopback server,
and write screenshots of the main window. Driven by scripts/screenshots.sh (make screenshots)."""

import os
import sys
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QDate, QTimer
from qgis.utils import iface, plugins

try:
    from qgis.PyQt.QtGui import QAction  # where Qt 6 has it (QGIS 4; QGIS 3.40 and 3.44 offer it there too)
except ImportError:
    from qgis.PyQt.QtWidgets import QAction  # QGIS 3.22

OUT = Path(os.environ["TERRASCOPE_SCREENSHOTS"])
SUFFIX = os.environ.get("TERRASCOPE_SCREENSHOT_SUFFIX", "")  # "-nl", "-fr": the language of the run
STEP_MS = 250
log = open(OUT / f"screenshots{SUFFIX}.log", "w")  # noqa: SIM115


def say(text):
    print(text, file=log, flush=True)


def shoot(name):
    window = iface.mainWindow()
    window.grab().save(str(OUT / f"{name}{SUFFIX}.png"))
    say(f"wrote {name}{SUFFIX}.png")


def wait_for(condition, then, timeout_ms=30000, waited=0):
    if condition():
        QTimer.singleShot(STEP_MS, then)
    elif waited > timeout_ms:
        say(f"gave up waiting for {getattr(condition, '__name__', condition)}")
        shoot("timeout")
        finish(1)
    else:
        QTimer.singleShot(100, lambda: wait_for(condition, then, timeout_ms, waited + 100))


def finish(code=0):
    say(f"done ({code})")
    log.close()
    QTimer.singleShot(100, lambda: QgsApplication.exit(code))


def guarded(step):
    def run():
        try:
            step()
        except Exception:  # a screenshot run reports everything it meets, then quits
            say(traceback.format_exc())
            finish(1)
    return run


@guarded
def open_panel():
    window = iface.mainWindow()
    window.resize(1500, 950)
    window.showMaximized()
    if "terrascope_s2" not in plugins:
        from qgis.utils import available_plugins, plugin_paths

        say(f"plugin not loaded: {sorted(plugins)}; available {available_plugins}; paths {plugin_paths}")
        finish(1)
        return
    action = window.findChild(QAction, "terrascope_s2_show_dock")
    action.trigger()
    global dock
    dock = plugins["terrascope_s2"].dock
    wait_for(lambda: dock.layer_combo.count() > 0 and not dock.tasks, guarded(choose))


@guarded
def choose():
    dock.layer_combo.setCurrentIndex(dock.layer_combo.findData("CGS_S2_NDVI"))
    dock.tile.set_tile("31UFS")
    dock.outline_check.setChecked(True)
    dock.calendar.clicked.emit(QDate(2021, 5, 22))
    dock.adding.add_to_map()
    wait_for(lambda: dock.adding.last_added_ids and not dock.tasks, guarded(zoom_in))


@guarded
def zoom_in():
    canvas = iface.mapCanvas()
    layer = QgsProject.instance().mapLayer(dock.adding.last_added_ids[0])
    say(f"added {layer.name()}: valid={layer.isValid()} source={layer.source()}")
    canvas.waitWhileRendering()
    QTimer.singleShot(2500, guarded(lambda: (shoot("01-dock-and-tile"), local_tab())))


def local_tab():
    dock.tabs.setCurrentIndex(1)
    QTimer.singleShot(400, guarded(lambda: (shoot("02-local-products"), time_series())))


# (qgis.bin --code runs this file through exec(): no __file__; OUT is the checkout's screenshots/)
PARCEL = OUT.resolve().parents[1] / "shared" / "fixtures" / "real" / "vito-s2-parcel-timeseries"


@guarded
def time_series():
    """The shared parcel (a copy: QGIS must write nothing beside the team's files) over its July FAPAR, the field
    selected, its series computed in the time series tab, the panel widened to show the chart."""
    import shutil
    import tempfile

    from qgis.core import QgsVectorLayer

    from terrascope_s2.plugin.gui.local_products import load_products

    if not PARCEL.is_dir():
        say(f"no time series screenshot: {PARCEL} is missing")
        sentinel1()
        return
    global copy
    copy = Path(tempfile.mkdtemp(prefix="terrascope-parcel-")) / PARCEL.name
    shutil.copytree(PARCEL, copy)
    load_products(str(copy / "S2A_20170705T105605Z_31UFS_FAPAR_10M_V101.tif"), iface)
    field = QgsVectorLayer(str(copy / "field.shp"), "parcel", "ogr")
    field.renderer().symbol().setColor(field.renderer().symbol().color().fromRgb(0, 0, 0, 0))
    field.renderer().symbol().symbolLayer(0).setStrokeColor(field.renderer().symbol().color().fromRgb(255, 0, 255))
    field.renderer().symbol().symbolLayer(0).setStrokeWidth(0.8)
    QgsProject.instance().addMapLayer(field)
    field.selectAll()
    canvas = iface.mapCanvas()
    canvas.setDestinationCrs(field.crs())
    extent = field.extent()
    extent.scale(2.5)
    canvas.setExtent(extent)
    canvas.refresh()
    window = iface.mainWindow()
    window.resizeDocks([dock], [760], 0x1)  # Qt.Horizontal: the chart needs room
    dock.tabs.setCurrentWidget(dock.timeseries_tab)
    dock.ts_content_combo.setCurrentText("FAPAR")
    dock.ts_folder_widget.setFilePath(str(copy))
    dock.ts_mask_combo.setCurrentIndex(1)  # clear land (4, 5)
    dock.ts_widen_spin.setValue(1)
    dock.ts_min_valid_spin.setValue(50)
    dock.ts_layer_combo.setLayer(field)
    dock.timeseries.series_of_selection()
    wait_for(lambda: dock.timeseries.chart is not None and dock.timeseries.chart.result is not None and not dock.tasks,
             guarded(shoot_time_series))


@guarded
def shoot_time_series():
    chart = dock.timeseries.chart
    say(f"time series: {chart.summary_label.text()} | status: {dock.status_label.text()}")
    iface.mapCanvas().waitWhileRendering()

    def done():
        shoot("03-time-series")
        dock.tabs.setCurrentIndex(0)
        import shutil

        shutil.rmtree(copy.parent, ignore_errors=True)
        sentinel1()

    QTimer.singleShot(2500, guarded(done))


@guarded
def sentinel1():
    """A Sentinel-1 product (the tests' speckled scene, named as VITO names it) loaded as users load it: the composite."""
    import tempfile

    from terrascope_s2.plugin.gui.local_products import load_products
    from terrascope_s2.tests.helpers.s1local import write_scene

    global scene_folder
    scene_folder = tempfile.TemporaryDirectory()
    [group] = load_products(str(write_scene(Path(scene_folder.name))), iface)
    layers = [node.layer() for node in group.findLayers()]
    say(f"loaded {group.name()}: {[layer.name() for layer in layers]}")
    for layer in QgsProject.instance().mapLayers().values():  # the Sentinel-1 product alone on the map
        node = QgsProject.instance().layerTreeRoot().findLayer(layer.id())
        node.setItemVisibilityChecked(layer in layers[:1])
    iface.mainWindow().resizeDocks([dock], [360], 0x1)  # back from the time series' width
    canvas = iface.mapCanvas()
    iface.setActiveLayer(layers[0])
    canvas.setDestinationCrs(layers[0].crs())
    canvas.setExtent(layers[0].extent())
    canvas.refresh()
    QTimer.singleShot(2500, guarded(lambda: (canvas.waitWhileRendering(), shoot("04-sentinel1"), close_project())))


def close_project():
    """Closed while QGIS runs: QGIS 3.22 aborts when it removes the layers in its own teardown with a layer current in
    the Layers panel (QgisApp::setMapStyleDockLayer on a widget already destroyed, seen here: exit code 134)."""
    QgsProject.instance().clear()
    QTimer.singleShot(300, finish)


say(f"Python {sys.version.split()[0]}; writing to {OUT}")
QTimer.singleShot(1500, open_panel)
