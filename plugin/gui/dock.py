"""The Terrascope Sentinel-2 panel: the dock that holds the sections (service, layer, tile, dates, adding, local
products, catalogue, time series) and wires them together; each section's work is in gui/sections/.

The panel only arranges and remembers: the network waits and the layer building run in QgsTasks (they show in QGIS's task
manager and in the panel's progress row, and can be cancelled), and their results land in the sections, on the GUI thread.
"""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QEvent, QLocale, QObject, Qt
from qgis.PyQt.QtWidgets import QScrollArea

from ..__about__ import RESOURCES
from ..toolbelt.i18n import tr, user_language
from .sections.adding import AddSection
from .sections.catalogue import CatalogueSection
from .sections.catalogue_dates import CatalogueDatesSection
from .sections.dates import DatesSection
from .sections.layer import LayerSection
from .sections.local import LocalSection
from .sections.section import PanelMemory
from .sections.service import ServiceSection
from .sections.status import StatusRow
from .sections.tile import TileSection
from .sections.timeseries import TimeSeriesSection

# The .ui says QDockWidget: uic cannot build a QgsDockWidget top level, and setupUi() works on this subclass.
FORM_CLASS, _ = uic.loadUiType(str(RESOURCES / "ui" / "dock.ui"))

ICONS = (("settings_button", "mActionOptions.svg"), ("connect_button", "mActionRefresh.svg"),
         ("zoom_tile_button", "mActionZoomToLayer.svg"), ("pick_tile_button", "mActionIdentify.svg"),
         ("cancel_button", "mTaskCancel.svg"), ("open_file_button", "mActionFileOpen.svg"),
         ("open_folder_button", "mIconFolderOpen.svg"), ("add_button", "mActionAddWmsLayer.svg"),
         ("ts_pick_button", "mActionCapturePoint.svg"))


class TerrascopeDock(QgsDockWidget, FORM_CLASS):
    def __init__(self, iface, parent=None):
        super().__init__(parent or iface.mainWindow())
        self.iface = iface
        self.setupUi(self)
        self.setObjectName("terrascope_s2_dock")  # QGIS remembers a dock's place by this name
        self.setWindowTitle(tr("Terrascope Sentinel-2"))
        # the calendar's month and day names in the language the panel speaks (QGIS's override may differ from the
        # system's locale, which Qt's widgets follow by default); the dates themselves are written yyyy-MM-dd
        self.setLocale(QLocale(user_language()))
        for name, icon in ICONS:
            getattr(self, name).setIcon(QgsApplication.getThemeIcon(f"/{icon}"))
        self._closed = False
        # every text whole, in any language: the tabs never scroll or elide, and the pages that scroll vertically are
        # as wide as their contents need (the dock grows instead of cutting them on the right)
        self.tabs.setUsesScrollButtons(False)
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self._width_followers = [ContentWidth(area) for area in self.findChildren(QScrollArea)
                                 if area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff]

        self.memory = PanelMemory()
        self.status = StatusRow(self.status_label, self.progress_row, self.progress_bar, self.cancel_button)
        self.service = ServiceSection(self, self.memory, self.status, iface)
        self.layer = LayerSection(self, self.memory, self.status)
        self.tile = TileSection(self, self.memory, self.status, iface)
        self.dates = DatesSection(self, self.memory, self.status)
        self.adding = AddSection(self, self.memory, self.status, iface, self.service, self.layer, self.tile, self.dates)
        self.local = LocalSection(self, self.memory, self.status, iface)
        self.catalogue = CatalogueSection(self, self.memory, self.status, iface, self.tile)  # a tab of its own
        self.catalogue_dates = CatalogueDatesSection(self, self.memory, self.status, self.layer, self.tile, self.dates)
        self.timeseries = TimeSeriesSection(self, self.memory, self.status, iface, self.catalogue)
        self.sections = [self.service, self.layer, self.tile, self.dates, self.adding, self.local, self.catalogue,
                         self.catalogue_dates, self.timeseries]

        self.service.view_ready.connect(self.layer.show_view)
        self.service.settings_changed.connect(self.tile.settings_changed)
        self.layer.layer_changed.connect(self.catalogue_dates.layer_dates)  # the service's dates, then the catalogue's
        self.tile.tile_changed.connect(self.catalogue_dates.tile_changed)
        with self.memory.restoring_state():
            self.tabs.setCurrentIndex(min(max(self.memory.settings.last_tab, 0), self.tabs.count() - 1))
        self.tabs.currentChanged.connect(lambda index: self.memory.remember(last_tab=index))
        self.dates.show_temporal_mode()
        self.service.show_endpoint()
        self.service.refresh()

    @property
    def tasks(self) -> list:
        """The tasks the panel runs now (shown in its progress row)."""
        return self.status.tasks

    def close_plugin(self) -> None:
        """Called by the plugin's unload(): stop what runs and drop every connection to QGIS."""
        if self._closed:
            return
        self._closed = True
        self.status.close()
        for section in self.sections:
            section.close()


class ContentWidth(QObject):
    """Keeps a scroll area that scrolls only vertically at least as wide as its contents' minimum width (with the
    scroll bar): a QScrollArea does not pass it on, so the dock could be made narrower than its contents and cut them."""

    def __init__(self, area: QScrollArea):
        super().__init__(area)
        self.area = area
        area.widget().installEventFilter(self)
        self.follow()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:  # a text, a widget or a language changed the contents
            self.follow()
        return False

    def follow(self) -> None:
        needed = self.area.widget().minimumSizeHint().width()
        self.area.setMinimumWidth(needed + self.area.verticalScrollBar().sizeHint().width() + 2 * self.area.frameWidth())

