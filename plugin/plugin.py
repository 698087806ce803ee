"""The plugin class: it only wires things up (action, dock, Processing provider, options page) and undoes them all."""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon

try:
    from qgis.PyQt.QtGui import QAction  # where Qt 6 has it (QGIS 4; QGIS 3.40 and 3.44 offer it there too)
except ImportError:
    from qgis.PyQt.QtWidgets import QAction  # QGIS 3.22

from .__about__ import ICON_PATH, TITLE
from .toolbelt.i18n import install_translator, tr

ACTION_NAME = "terrascope_s2_show_dock"
LOAD_PRODUCT_ACTION_NAME = "terrascope_s2_load_product"
HELP_ACTION_NAME = "terrascope_s2_help"


class TerrascopeS2Plugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = None
        self.provider = None
        self.action = None
        self.dock = None
        self.options_factory = None
        self.load_product_action = None
        self.help_action = None
        self.auto_styler = None
        self.identify_note = None
        self.drop_handler = None

    # QGIS calls this also when it runs without a GUI (qgis_process), where initGui() never runs.
    def initProcessing(self):  # noqa: N802
        from .processing.provider import TerrascopeProvider

        if self.provider is None:
            provider = TerrascopeProvider()
            # refused (and deleted by QGIS) when a provider of this id is registered already: then it is not ours to remove
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self):  # noqa: N802
        self.translator = install_translator()
        self.initProcessing()

        self.action = QAction(QIcon(ICON_PATH), tr("Terrascope Sentinel-2"), self.iface.mainWindow())
        self.action.setObjectName(ACTION_NAME)
        self.action.setToolTip(tr("Show or hide the Terrascope Sentinel-2 panel"))
        self.action.setCheckable(True)
        self.action.toggled.connect(self._set_dock_visible)
        self.iface.addWebToolBarIcon(self.action)
        self.iface.addPluginToWebMenu(TITLE, self.action)

        self.load_product_action = QAction(QIcon(ICON_PATH), tr("Load Terrascope product..."), self.iface.mainWindow())
        self.load_product_action.setObjectName(LOAD_PRODUCT_ACTION_NAME)
        self.load_product_action.triggered.connect(self._load_product)
        self.iface.addPluginToWebMenu(TITLE, self.load_product_action)

        self.help_action = QAction(QIcon(ICON_PATH), tr("Terrascope Sentinel-2 help"), self.iface.mainWindow())
        self.help_action.setObjectName(HELP_ACTION_NAME)
        self.help_action.triggered.connect(self._show_help)
        self.iface.addPluginToWebMenu(TITLE, self.help_action)
        self.iface.pluginHelpMenu().addAction(self.help_action)  # Help > Plugins, where QGIS puts plugins' help

        from .gui.local_products import AutoStyler, ProductDropHandler  # product files opened any way get their style

        self.auto_styler = AutoStyler(self.iface)
        self.auto_styler.connect()

        from .gui.identify_note import IdentifyNote  # Identify on the services' pictures: a note, once a session

        self.identify_note = IdentifyNote(self.iface)
        self.identify_note.connect()
        self.drop_handler = ProductDropHandler(self.iface)  # dropped product files are opened by the plugin
        self.iface.registerCustomDropHandler(self.drop_handler)

        from .gui.options import OptionsFactory

        self.options_factory = OptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)

    def _set_dock_visible(self, visible: bool) -> None:
        if self.dock is None:
            if not visible:
                return
            from .gui.dock import TerrascopeDock  # built the first time the user asks for it, not at QGIS start

            self.dock = TerrascopeDock(self.iface)
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.iface.mainWindow().restoreDockWidget(self.dock)  # where the user had docked it last time
            self.dock.visibilityChanged.connect(self.action.setChecked)
        self.dock.setVisible(visible)
        if visible:
            self.dock.raise_()

    def _show_help(self) -> None:
        from .gui.help import HelpWindow

        window = HelpWindow(self.iface.mainWindow())
        window.show()

    def _load_product(self) -> None:
        from .gui.local_products import ask_and_load_product

        ask_and_load_product(self.iface)

    def unload(self):
        if self.identify_note is not None:
            self.identify_note.disconnect()
            self.identify_note = None
        if self.auto_styler is not None:
            self.auto_styler.disconnect()
            self.auto_styler = None
        self.identify_note = None
        if self.drop_handler is not None:
            self.iface.unregisterCustomDropHandler(self.drop_handler)
            self.drop_handler = None
        if self.load_product_action is not None:
            self.iface.removePluginWebMenu(TITLE, self.load_product_action)
            self.load_product_action.deleteLater()
            self.load_product_action = None
        if self.help_action is not None:
            self.iface.removePluginWebMenu(TITLE, self.help_action)
            self.iface.pluginHelpMenu().removeAction(self.help_action)
            self.help_action.deleteLater()
            self.help_action = None
        if self.dock is not None:
            self.dock.visibilityChanged.disconnect(self.action.setChecked)
            self.iface.removeDockWidget(self.dock)
            self.dock.close_plugin()
            self.dock.deleteLater()
            self.dock = None
        if self.action is not None:
            self.iface.removePluginWebMenu(TITLE, self.action)
            self.iface.removeWebToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
