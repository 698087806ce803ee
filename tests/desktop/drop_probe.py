"""Runs inside the real QGIS desktop (qgis.bin --code): drops files on QGIS's main window as a file manager does, draws
them, closes the project, and writes what it saw as JSON, then quits QGIS.

TERRASCOPE_PROBE_OUT: the JSON path; TERRASCOPE_DROP_FILES: the files to drop, separated by os.pathsep.
"""

import json
import os
import traceback

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from qgis.PyQt.QtGui import QDragEnterEvent, QDropEvent
from qgis.utils import active_plugins, iface

FILES = os.environ["TERRASCOPE_DROP_FILES"].split(os.pathsep)


def wait(milliseconds: int) -> None:
    loop_until = QTimer()
    loop_until.setSingleShot(True)
    loop_until.start(milliseconds)
    while loop_until.isActive():
        QgsApplication.processEvents()


def probe():
    result = {"plugin": "terrascope_s2" in active_plugins}
    try:
        window = iface.mainWindow()
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(path) for path in FILES])
        enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QgsApplication.sendEvent(window, enter)
        result["accepted"] = enter.isAccepted()
        QgsApplication.sendEvent(window, QDropEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
        wait(3000)  # QGIS opens dropped files from its event loop
        layers = list(QgsProject.instance().mapLayers().values())
        result["layers"] = {layer.name(): layer.renderer().type() for layer in layers}
        canvas = iface.mapCanvas()
        canvas.setLayers(layers)
        canvas.zoomToFullExtent()
        canvas.refreshAllLayers()
        wait(3000)
        result["sidecars_while_open"] = sorted(name for path in FILES for name in os.listdir(os.path.dirname(path))
                                               if name.endswith(".aux.xml"))
        QgsProject.instance().clear()
        wait(500)
        result["sidecars_after_close"] = sorted({name for path in FILES for name in os.listdir(os.path.dirname(path))
                                                 if name.endswith(".aux.xml")})
    except Exception:  # the test reads the traceback from the JSON
        result["error"] = traceback.format_exc()
    with open(os.environ["TERRASCOPE_PROBE_OUT"], "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1)
    QgsApplication.exit(0)


QTimer.singleShot(1000, probe)  # after start-up, once the event loop runs
