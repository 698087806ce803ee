"""Runs inside the real QGIS desktop (qgis.bin --code): records what a user would find, as JSON, then quits QGIS.

The test that starts QGIS passes the output path in TERRASCOPE_PROBE_OUT.
"""

import json
import os
import sys
import time
import traceback

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QTimer
from qgis.PyQt.QtWidgets import QDialog, QDockWidget, QTextBrowser
from qgis.utils import active_plugins, iface, loadPlugin, plugins, reloadPlugin, startPlugin, unloadPlugin

PLUGIN = "terrascope_s2"
ACTION = "terrascope_s2_show_dock"
HELP = "terrascope_s2_help"


def snapshot():
    """What of the plugin is visible in QGIS now."""
    toolbar = [a for a in iface.webToolBar().actions() if a.objectName() == ACTION]
    web_menu = [a for a in iface.webMenu().actions() if a.menu() is not None and a.text() == "Terrascope Sentinel-2"]
    entries = [a.objectName() for menu in web_menu for a in menu.menu().actions()]
    provider = QgsApplication.processingRegistry().providerById(PLUGIN)
    docks = [d for d in iface.mainWindow().findChildren(QDockWidget) if d.objectName() == "terrascope_s2_dock"]
    return {
        "active": PLUGIN in active_plugins,
        "toolbar_buttons": len(toolbar),
        "web_menus": len(web_menu),
        "menu_entries": entries,
        "provider": provider is not None,
        "providers_with_id": sum(1 for p in QgsApplication.processingRegistry().providers() if p.id() == PLUGIN),
        "algorithms": sorted(a.id() for a in provider.algorithms()) if provider else [],
        "docks": len(docks),
        "docks_visible": sum(1 for d in docks if d.isVisible()),
        "help_entries": sum(1 for a in iface.pluginHelpMenu().actions() if a.objectName() == HELP),
    }


def startup_ms():
    """QGIS's own start-up profiler: the time it spent loading this plugin (import, classFactory, initGui)."""
    profiler = QgsApplication.profiler()
    if PLUGIN not in profiler.childGroups("Load plugins", "startup"):
        return None
    return 1000 * profiler.profileTime(f"Load plugins/{PLUGIN}", "startup") if hasattr(profiler, "profileTime") else None


def probe():
    result = {}
    try:
        result["startup_profiler_children"] = QgsApplication.profiler().childGroups("Load plugins", "startup")
        result["startup_ms"] = startup_ms()
        result["at_start"] = snapshot()
        result["modules_at_start"] = sorted(name for name in sys.modules if name.startswith(PLUGIN))

        action = next(a for a in iface.webToolBar().actions() if a.objectName() == ACTION)
        action.trigger()  # the user clicks the toolbar button
        QgsApplication.processEvents()
        result["after_click"] = snapshot()
        action.trigger()
        QgsApplication.processEvents()
        result["after_second_click"] = snapshot()

        help_action = next(a for a in iface.pluginHelpMenu().actions() if a.objectName() == HELP)
        help_action.trigger()  # Help > Plugins > Terrascope Sentinel-2 help
        QgsApplication.processEvents()
        window = iface.mainWindow().findChild(QDialog, "terrascope_s2_help")
        browser = window.findChild(QTextBrowser) if window is not None else None
        result["help"] = {"shown": window is not None and window.isVisible(), "title": window.windowTitle() if window else "",
                          "text": browser.toPlainText() if browser is not None else ""}
        if window is not None:
            window.close()

        unloadPlugin(PLUGIN)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # what deleteLater() asked for
        result["after_unload"] = snapshot()

        started = time.perf_counter()  # a cold load: unloadPlugin dropped the plugin's modules
        loadPlugin(PLUGIN)
        startPlugin(PLUGIN)
        result["cold_load_ms"] = 1000 * (time.perf_counter() - started)
        result["after_load"] = snapshot()

        reloadPlugin(PLUGIN)  # what Plugin Reloader does
        reloadPlugin(PLUGIN)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        result["after_two_reloads"] = snapshot()
        result["plugin_object"] = type(plugins.get(PLUGIN)).__name__
    except Exception:  # the test reads the traceback from the JSON
        result["error"] = traceback.format_exc()
    with open(os.environ["TERRASCOPE_PROBE_OUT"], "w", encoding="utf-8") as out:
        json.dump(result, out, indent=1)
    QgsApplication.exit(0)


QTimer.singleShot(0, probe)  # after start-up, once the event loop runs
