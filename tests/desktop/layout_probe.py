"""Runs inside the real QGIS desktop (qgis.bin --code), in the profile's language: opens the panel from its toolbar
button at the width QGIS gives it, waits for the service's layers, and lists every text a user cannot read whole
(tests/helpers/layout_check.py) on each tab and after a wrong tile id; then opens the plugin's settings with the panel's
settings button and does the same for the Options page and QGIS's Options sidebar. Writes JSON to TERRASCOPE_PROBE_OUT
and the pictures to TERRASCOPE_PROBE_PICTURES."""

import json
import os
import time
import traceback
from pathlib import Path

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QModelIndex, Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAbstractItemView, QApplication, QSplitter, QWidget
from qgis.utils import iface, plugins

from terrascope_s2.tests.helpers.layout_check import cut_texts

OUT = os.environ["TERRASCOPE_PROBE_OUT"]
PICTURES = Path(os.environ["TERRASCOPE_PROBE_PICTURES"])
result = {"steps": [], "cut": {}}


def finish():
    with open(OUT, "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1)
    QTimer.singleShot(100, lambda: QgsApplication.exit(0))


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
        QTimer.singleShot(300, guarded(then))  # let the layouts settle
    elif time.monotonic() - started > timeout_s:
        result["error"] = f"gave up waiting for {what}"
        finish()
    else:
        QTimer.singleShot(100, lambda: wait_for(condition, then, what, timeout_s, started))


def dock():
    return plugins["terrascope_s2"].dock


def open_panel():
    iface.mainWindow().showMaximized()
    next(a for a in iface.webToolBar().actions() if a.objectName() == "terrascope_s2_show_dock").trigger()
    wait_for(lambda: dock().layer_combo.count() > 0 and not dock().tasks, look_at_tabs, "the service's layers")


def look_at_tabs():
    panel = dock()
    result["dock_width"] = panel.width()
    result["dock_minimum_width"] = panel.minimumSizeHint().width()
    for index in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        name = panel.tabs.widget(index).objectName()
        result["cut"][name] = cut_texts(panel)
        panel.grab().save(str(PICTURES / f"panel-{name}.png"))
    panel.tabs.setCurrentIndex(0)
    # the narrowest the user can drag the panel: still nothing cut
    default_width = panel.width()
    iface.mainWindow().resizeDocks([panel], [120], Qt.Orientation.Horizontal)
    QTimer.singleShot(300, guarded(lambda: look_at_narrowest(default_width)))


def look_at_narrowest(default_width):
    panel = dock()
    result["narrowest_width"] = panel.width()
    for index in range(panel.tabs.count()):
        panel.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        result["cut"][f"narrowest {panel.tabs.widget(index).objectName()}"] = cut_texts(panel)
    panel.tabs.setCurrentIndex(0)
    iface.mainWindow().resizeDocks([panel], [default_width], Qt.Orientation.Horizontal)
    QTimer.singleShot(300, guarded(look_at_tile_entry))


def look_at_tile_entry():
    panel = dock()
    # the message a wrong tile id gets, in the status line
    panel.tile_combo.setCurrentText("32XYZ")
    panel.tile_combo.lineEdit().editingFinished.emit()
    QTimer.singleShot(300, guarded(look_at_tile_message))


def look_at_tile_message():
    panel = dock()
    result["tile_message"] = panel.status_label.text()
    result["cut"]["tile_message"] = cut_texts(panel)
    panel.grab().save(str(PICTURES / "panel-tile-message.png"))
    panel.tile.set_tile("31UFS")
    # QGIS Options without the plugin's page first: how wide QGIS makes its sidebar on its own
    plugin = plugins["terrascope_s2"]
    iface.unregisterOptionsWidgetFactory(plugin.options_factory)
    QTimer.singleShot(1500, lambda: look_at_options("without_page"))  # runs while the (modal) dialog is open
    iface.showOptionsDialog(iface.mainWindow())
    iface.registerOptionsWidgetFactory(plugin.options_factory)
    # then as the user opens it: the panel's settings button
    QTimer.singleShot(1500, lambda: look_at_options("with_page"))
    QTest.mouseClick(panel.settings_button, Qt.MouseButton.LeftButton)
    result["steps"].append("the Options dialog closed")
    finish()


def sidebar_of(dialog):
    splitter = dialog.findChild(QSplitter, "mOptionsSplitter") or dialog.findChild(QSplitter)
    side = splitter.widget(0)
    views = [side] if isinstance(side, QAbstractItemView) else side.findChildren(QAbstractItemView)
    return splitter, views[0]


def rows(view, parent=None):
    model = view.model()
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from rows(view, index)


def look_at_options(case):
    dialog = QApplication.activeModalWidget()
    seen = result.setdefault("options", {}).setdefault(case, {"dialog": type(dialog).__name__ if dialog else None})
    if dialog is None:
        return
    try:
        page = dialog.findChild(QWidget, "terrascope_s2_options")
        seen["page_shown"] = page is not None and page.isVisible()
        if seen["page_shown"]:
            result["cut"]["options_page"] = cut_texts(page)
        splitter, view = sidebar_of(dialog)
        seen.update(sidebar_width=view.width(), splitter_sizes=splitter.sizes(), dialog_size=[dialog.width(), dialog.height()],
                    icon_width=view.iconSize().width(), current=view.currentIndex().data(Qt.ItemDataRole.DisplayRole))
        entries = seen["sidebar"] = {}
        for index in rows(view):
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            rect = view.visualRect(index)  # the item without its indentation
            needed = view.iconSize().width() + 12 + view.fontMetrics().horizontalAdvance(text)
            entries[text] = {"shown": min(rect.width(), view.viewport().width() - rect.left()), "needed": needed}
        dialog.grab().save(str(PICTURES / f"options-{case}.png"))
    except Exception:
        result["error"] = traceback.format_exc()
    finally:
        dialog.reject()


QTimer.singleShot(500, guarded(open_panel))
