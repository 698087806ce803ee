"""The catalogue section (its own tab, resources/ui/catalogue.ui): a collection read from the catalogue, tiles or the map
extent, dates and a cloud ceiling; results newest first with their footprints on the map and a quicklook; the chosen
products opened (downloaded, or where they are) in physical units. All network work runs in tasks (core/stac/tasks.py).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from functools import lru_cache
from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import QHeaderView, QWidget

from ...__about__ import RESOURCES
from ...core.errors import PluginError
from ...toolbelt.i18n import tr
from ..catalogue_model import CatalogueResultModel
from .section import Section

DEFAULT_DAYS = 90  # the date range when none is remembered: the last three months


@lru_cache(maxsize=1)
def _form_class():
    from qgis.PyQt import uic

    return uic.loadUiType(str(RESOURCES / "ui" / "catalogue.ui"))[0]


class CatalogueTab(QWidget):
    """The section's widgets, built from resources/ui/catalogue.ui."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form = _form_class()()
        self.form.setupUi(self)


class CatalogueSection(Section):
    def __init__(self, dock, memory, status, iface, tile_section):
        super().__init__(dock, memory, status)
        self.iface = iface
        self.tile_section = tile_section
        self.tab = CatalogueTab()
        self.form = self.tab.form
        self.tab_index = dock.tabs.addTab(self.tab, tr("Catalogue"))
        self.model = CatalogueResultModel(self.tab)
        self.form.results_view.setModel(self.model)
        self.form.results_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.form.results_view.verticalHeader().hide()
        from qgis.core import QgsApplication

        self.form.collections_button.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self.footprints_id = ""  # the result layer on the map
        self.collections_read = False
        self.quicklook_for = ""
        self.search_task = None
        with memory.restoring_state():
            self._restore()
        self.form.collections_button.clicked.connect(self.read_collections)
        self.form.search_button.clicked.connect(self.search)
        self.form.open_product_button.clicked.connect(self.open_chosen)
        self.form.footprints_check.toggled.connect(self._footprints_toggled)
        self.form.collection_combo.activated.connect(
            lambda _index: self.memory.remember(catalogue_collection=self.form.collection_combo.currentData() or ""))
        self.form.cloud_spin.valueChanged.connect(lambda value: self.memory.remember(catalogue_max_cloud=value))
        self.form.catalogue_from_edit.dateChanged.connect(self._dates_changed)
        self.form.catalogue_to_edit.dateChanged.connect(self._dates_changed)
        self.form.results_view.selectionModel().selectionChanged.connect(self._chosen_changed)
        dock.tabs.currentChanged.connect(self._tab_shown)
        if dock.tabs.currentIndex() == self.tab_index:
            self._tab_shown(self.tab_index)

    # ------------------------------------------------------------------ the query

    def _restore(self) -> None:
        today = dt.date.today()
        start = _day(self.settings.catalogue_date_from) or today - dt.timedelta(days=DEFAULT_DAYS)
        end = _day(self.settings.catalogue_date_to) or today
        self.form.catalogue_from_edit.setDate(QDate(start.year, start.month, start.day))
        self.form.catalogue_to_edit.setDate(QDate(end.year, end.month, end.day))
        self.form.cloud_spin.setValue(max(0, min(100, self.settings.catalogue_max_cloud)))
        self.form.catalogue_tiles_edit.setText(self.tile_section.current_tile_id() or "")

    def _dates_changed(self) -> None:
        start, end = self.date_range()
        self.memory.remember(catalogue_date_from=start.isoformat(), catalogue_date_to=end.isoformat())

    def date_range(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.form.catalogue_from_edit.date()), _pydate(self.form.catalogue_to_edit.date())

    def query(self):
        """The SearchQuery the widgets describe, or None (the status line says what is wrong)."""
        from ...core.stac.search import SearchQuery

        collection = self.form.collection_combo.currentData()
        if not collection:
            self.status.say(tr("Choose a collection (the list comes from the catalogue: press the refresh button if it "
                               "is empty)."), error=True)
            return None
        start, end = self.date_range()
        cloud = self.form.cloud_spin.value()
        tiles, bbox = (), None
        if self.form.map_extent_check.isChecked():
            bbox = self._map_extent()
        else:
            tiles = tuple(self.form.catalogue_tiles_edit.text().replace(",", " ").split())
            if not tiles:
                self.status.say(tr("Type one or more tile ids, or tick 'Map extent'."), error=True)
                return None
        try:
            return SearchQuery(collection, tiles=tiles, bbox=bbox, start=start, end=end,
                               max_cloud_cover=None if cloud >= 100 else float(cloud))
        except PluginError as error:
            self.status.say(error.user_text(), error=True)
            return None

    def _map_extent(self) -> tuple[float, float, float, float]:
        canvas = self.iface.mapCanvas()
        wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
        transform = QgsCoordinateTransform(canvas.mapSettings().destinationCrs(), wgs84, QgsProject.instance())
        box = transform.transformBoundingBox(canvas.extent())
        return box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()

    # ------------------------------------------------------------------ the work

    def _tab_shown(self, index: int) -> None:
        if index == self.tab_index and not self.collections_read:
            self.collections_read = True
            if not self.form.catalogue_tiles_edit.text().strip():
                self.form.catalogue_tiles_edit.setText(self.tile_section.current_tile_id() or "")
            self.read_collections()

    def _task_args(self) -> tuple:
        settings = self.memory.reload()
        return settings.catalogue_url, settings.catalogue_login(), settings.network_timeout_s

    def read_collections(self):
        from ...core.stac.tasks import CollectionsTask

        url, login, timeout_s = self._task_args()
        task = CollectionsTask(url, login, timeout_s)
        task.done.connect(self.show_collections)
        task.failed.connect(lambda _text, task=task: self._failed(task))
        return self.status.run(task, tr("Reading the catalogue's collections…"))

    def show_collections(self, collections: list) -> None:
        combo = self.form.collection_combo
        wanted = combo.currentData() or self.settings.catalogue_collection
        combo.clear()
        for collection in collections:
            combo.addItem(collection.label, collection.id)
            combo.setItemData(combo.count() - 1, f"{collection.id}\n{collection.description}", Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        self.status.say(tr("The catalogue has %n collection(s).", None, len(collections)))

    def search(self):
        from ...core.stac.tasks import SearchTask

        query = self.query()
        if query is None:
            return None
        if self.search_task is not None:
            self.search_task.cancel()
        url, login, timeout_s = self._task_args()
        task = self.search_task = SearchTask(url, query, login, timeout_s)
        task.done.connect(self.show_results)
        task.failed.connect(lambda _text, task=task: self._failed(task))
        return self.status.run(task, tr("Searching the catalogue…"))

    def show_results(self, result) -> None:
        self.search_task = None
        self.model.set_items(result.items)
        self._show_footprints()
        text = tr("%n product(s), newest first.", None, len(result.items))
        if result.truncated:
            text += " " + tr(result.bound_message()).format(**result.values())
        self.status.say(text)
        if result.items:
            self.form.results_view.selectRow(0)

    def chosen_items(self) -> list:
        rows = sorted({index.row() for index in self.form.results_view.selectionModel().selectedRows()})
        return [self.model.item(row) for row in rows]

    def open_chosen(self) -> list:
        """Fetch the chosen products (downloaded, or where they are) and add them to the map; the tasks started."""
        from ...core.stac.tasks import FetchProductTask

        items = self.chosen_items()
        if not items:
            self.status.say(tr("Choose a product in the list first."), error=True)
            return []
        settings = self.memory.reload()
        tasks = []
        for item in items:
            task = FetchProductTask(item, settings.download_root(), settings.catalogue_login(), settings.network_timeout_s)
            task.done.connect(self._opened)
            task.failed.connect(lambda _text, task=task: self._failed(task))
            tasks.append(self.status.run(task, tr("Fetching {product}…").format(product=item.id)))
        return tasks

    def _opened(self, result) -> None:
        from ...core.products.loader import add_to_project
        from ...core.stac.opening import open_product
        from ...toolbelt.log import tell_user

        try:
            files, layers, notes = open_product(result)
        except PluginError as error:
            self.status.say(error.user_text(), error=True)
            return
        for note in notes:
            tell_user(note, "warning", self.iface)
        if not layers:
            self.status.say(tr("No image of {product} could be read.").format(product=result.item.id), error=True)
            return
        add_to_project(files, layers)
        where = tr("opened where it is") if result.in_place else tr("downloaded to {folder}").format(folder=result.folder)
        self.status.say(tr("{product}: {where}.").format(product=result.item.id, where=where))

    def _chosen_changed(self) -> None:
        from ...core.stac.tasks import QuicklookTask

        items = self.chosen_items()
        if len(items) != 1 or items[0].id == self.quicklook_for:
            return
        self.quicklook_for = items[0].id
        self.form.quicklook_label.clear()
        settings = self.memory.reload()
        cache = Path(tempfile.gettempdir()) / "terrascope_s2_quicklooks"
        task = QuicklookTask(items[0], cache, settings.catalogue_login(), settings.network_timeout_s)
        task.done.connect(self._show_quicklook)
        task.failed.connect(lambda text: self.form.quicklook_label.setText(tr("no quicklook")))
        self.status.run(task, "")

    def _show_quicklook(self, item_id: str, png: bytes) -> None:
        if item_id != self.quicklook_for:
            return  # another product was chosen meanwhile
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png, "PNG"):
            label = self.form.quicklook_label
            label.setPixmap(pixmap.scaled(label.minimumSize(), Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
        else:
            self.form.quicklook_label.setText(tr("no quicklook"))

    # ------------------------------------------------------------------ the footprints

    def _show_footprints(self) -> None:
        from ...core.stac.footprints import footprint_layer

        project = QgsProject.instance()
        if self.footprints_id and project.mapLayer(self.footprints_id) is not None:
            project.removeMapLayer(self.footprints_id)
        self.footprints_id = ""
        if not self.form.footprints_check.isChecked() or not self.model.rowCount():
            return
        layer = footprint_layer(self.model.items(), tr("Catalogue results"))
        symbol = layer.renderer().symbol()
        symbol.setOpacity(0.6)
        symbol.symbolLayer(0).setBrushStyle(Qt.BrushStyle.NoBrush)
        project.addMapLayer(layer)
        self.footprints_id = layer.id()

    def footprints(self):
        return QgsProject.instance().mapLayer(self.footprints_id) if self.footprints_id else None

    def _footprints_toggled(self, shown: bool) -> None:
        if shown:
            self._show_footprints()
        elif self.footprints_id:
            QgsProject.instance().removeMapLayer(self.footprints_id)
            self.footprints_id = ""

    def _failed(self, task) -> None:
        """One short sentence in the tab's status line; what the server said (addresses) in its tooltip and the log."""
        self.search_task = None
        sentence, detail = task.error_parts()
        self.status.say(sentence, error=True, detail=detail)

    def close(self) -> None:
        self.dock.tabs.currentChanged.disconnect(self._tab_shown)


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())
