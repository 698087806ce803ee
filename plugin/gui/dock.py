"""The Terrascope Sentinel-2 panel: choose a layer, a tile and a date of the map service and add them to the map;
open local product files and folders, styled.

The panel only arranges and remembers: the network waits and the layer building run in QgsTasks (they show in QGIS's task
manager and in the panel's progress row, and can be cancelled), and their results land here, on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsDataProvider,
    QgsDateTimeRange,
    QgsInterval,
    QgsProject,
    QgsTask,
    QgsUnitTypes,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QDateTime, QEvent, QItemSelection, QItemSelectionModel, QLocale, Qt, QTime
from qgis.PyQt.QtGui import QBrush, QFont, QTextCharFormat
from qgis.PyQt.QtWidgets import QFileDialog

from ..__about__ import PLUGIN_ID, RESOURCES, TITLE
from ..core.errors import PluginError
from ..core.grid.tile_layers import zoom_to_tile
from ..core.grid.tiles import BELGIAN_TILES, TileError, tile
from ..core.services.maplayers import layer_name
from ..core.services.model import WMS as WMS_PROTOCOL
from ..core.services.model import WMTS as WMTS_PROTOCOL
from ..core.services.model import ServiceLayer, ServiceModel
from ..core.services.timeline import DateEntry
from ..core.settings import Settings
from ..toolbelt.i18n import tr, user_language
from ..toolbelt.log import log, tell_user
from . import local_link, service_link
from .date_model import DateListModel
from .tile_outline import TileOutline
from .tile_pick_tool import TilePickTool

# The .ui says QDockWidget: uic cannot build a QgsDockWidget top level, and setupUi() works on this subclass.
FORM_CLASS, _ = uic.loadUiType(str(RESOURCES / "ui" / "dock.ui"))

WMTS, WMS = "wmts", "wms"
PROPERTY = f"{PLUGIN_ID}/layer"  # custom property on the layers the panel adds: "service layer|tile"


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


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
        self.settings = Settings.load()
        self.view: service_link.PanelView | None = None  # the service as the panel lists it (made in the task)
        self.layers: dict[str, ServiceLayer] = {}  # the service's CGS_S2 layers with dates, by name (the core's type)
        self.dates = service_link.NO_DATES  # the chosen layer's dates
        self.entries = self.dates.entries  # the same, newest first
        self.tasks: list[QgsTask] = []  # running tasks the panel shows and can cancel
        self.last_added_ids: list[str] = []  # ids of the map layers added by the last "Add to map"
        self._closed = False
        self._restoring = False

        for button, icon in ((self.settings_button, "mActionOptions.svg"), (self.connect_button, "mActionRefresh.svg"),
                             (self.zoom_tile_button, "mActionZoomToLayer.svg"), (self.pick_tile_button, "mActionIdentify.svg"),
                             (self.cancel_button, "mTaskCancel.svg"), (self.open_file_button, "mActionFileOpen.svg"),
                             (self.open_folder_button, "mIconFolderOpen.svg"), (self.add_button, "mActionAddWmsLayer.svg")):
            button.setIcon(QgsApplication.getThemeIcon(f"/{icon}"))
        self.cancel_button.setToolButtonStyle(Qt.ToolButtonIconOnly)
        self.progress_row.hide()

        self.date_model = DateListModel(self)
        self.date_list.setModel(self.date_model)
        self.outline = TileOutline(tr("Sentinel-2 tiles"))
        self.pick_tool = TilePickTool(iface.mapCanvas(), self._pickable_tiles)
        self.tile_combo.addItems(BELGIAN_TILES)
        self.drop_label.setAcceptDrops(True)
        self.drop_label.installEventFilter(self)

        self._restore_state()
        self._connect_signals()
        self._show_endpoint()
        self.refresh_service()

    # ---------------------------------------------------------------- wiring and memory

    def _connect_signals(self) -> None:
        self.settings_button.clicked.connect(self.show_settings)
        self.connect_button.clicked.connect(lambda: self.refresh_service(fresh=True))  # the user asks: past the cache
        self.layer_combo.currentIndexChanged.connect(self._layer_changed)
        self.wmts_radio.toggled.connect(self._kind_changed)
        self.tile_combo.activated.connect(self._tile_chosen)
        self.tile_combo.lineEdit().editingFinished.connect(self._tile_chosen)
        self.zoom_tile_button.clicked.connect(self.zoom_to_tile)
        self.outline_check.toggled.connect(self._outline_toggled)
        self.pick_tile_button.toggled.connect(self._pick_toggled)
        self.pick_tool.tile_picked.connect(self._tile_picked)
        self.pick_tool.missed.connect(self._pick_missed)
        self.pick_tool.deactivated.connect(self._pick_deactivated)
        self.calendar.clicked.connect(self._calendar_clicked)
        self.calendar.currentPageChanged.connect(self._mark_page)
        self.from_edit.dateChanged.connect(self._range_changed)
        self.to_edit.dateChanged.connect(self._range_changed)
        self.all_dates_button.clicked.connect(self.show_all_dates)
        self.date_list.selectionModel().selectionChanged.connect(self._dates_selected)
        self.temporal_check.toggled.connect(self._temporal_toggled)
        self.add_button.clicked.connect(self.add_to_map)
        self.cancel_button.clicked.connect(self.cancel_tasks)
        self.open_file_button.clicked.connect(self._open_file)
        self.open_folder_button.clicked.connect(self._open_folder)
        self.tabs.currentChanged.connect(lambda index: self._remember(last_tab=index))
        QgsProject.instance().layersWillBeRemoved.connect(self._layers_removed)

    def _restore_state(self) -> None:
        s = self.settings
        self._restoring = True
        try:
            self.wmts_radio.setChecked(s.prefer_wmts)
            self.wms_radio.setChecked(not s.prefer_wmts)
            self.set_tile(s.last_tile or BELGIAN_TILES[4], remember=False)
            self.temporal_check.setChecked(s.temporal_mode)
            self.tabs.setCurrentIndex(min(max(s.last_tab, 0), self.tabs.count() - 1))
            self.outline_check.setChecked(s.add_tile_outline)
        finally:
            self._restoring = False
        self._temporal_toggled(s.temporal_mode)

    def _remember(self, **values) -> None:
        """Store the user's choices at once (QGIS may be closed any time); the options page may have changed others."""
        if self._restoring:
            return
        stored = Settings.load()
        for name, value in values.items():
            setattr(stored, name, value)
            setattr(self.settings, name, value)
        stored.save()

    def close_plugin(self) -> None:
        """Called by the plugin's unload(): stop what runs and drop every connection to QGIS."""
        if self._closed:
            return
        self._closed = True
        self.cancel_tasks()
        for task in self.tasks:
            service_link.forget(task)
        self.tasks.clear()
        QgsProject.instance().layersWillBeRemoved.disconnect(self._layers_removed)
        canvas = self.iface.mapCanvas()
        if canvas is not None and canvas.mapTool() is self.pick_tool:
            canvas.unsetMapTool(self.pick_tool)
        self.pick_tool.deleteLater()
        self.drop_label.removeEventFilter(self)

    # ---------------------------------------------------------------- status and tasks

    def set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet("color: #b00020;" if error else "")

    def track(self, task: QgsTask, message: str) -> None:
        """Show a running task in the progress row (the task manager shows it too) and forget it when it ends."""
        self.tasks.append(task)
        self.set_status(message)
        self.progress_bar.setMaximum(0)  # busy until the task reports progress
        self.progress_row.show()
        task.progressChanged.connect(self._task_progress)
        task.taskCompleted.connect(lambda: self._task_ended(task))
        task.taskTerminated.connect(lambda: self._task_ended(task))

    def _task_progress(self, value: float) -> None:
        if value > 0:
            self.progress_bar.setMaximum(100)
            self.progress_bar.setValue(int(value))

    def _task_ended(self, task: QgsTask) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
        if not self.tasks:
            self.progress_row.hide()

    def cancel_tasks(self) -> None:
        for task in list(self.tasks):
            task.cancel()

    # ---------------------------------------------------------------- service and layers

    def _show_endpoint(self) -> None:
        service = self.settings.service()
        self.endpoint_label.setText(tr(service.title))
        self.endpoint_label.setToolTip(f"WMTS: {service.wmts_url}\nWMS: {service.wms_url}")

    def show_settings(self) -> None:
        """Open the plugin's page in QGIS Options; connect again when the service settings changed."""
        before = (self.settings.service(), self.settings.authcfg)
        self.iface.showOptionsDialog(self.iface.mainWindow(), currentPage=f"{PLUGIN_ID}_options")
        self.settings = Settings.load()
        self._show_endpoint()
        self.outline_check.setChecked(self.settings.add_tile_outline)
        if (self.settings.service(), self.settings.authcfg) != before or not self.layers:
            self.refresh_service()

    def refresh_service(self, fresh: bool = False) -> None:
        """Read the service's capabilities again, in a task; the panel stays usable meanwhile. `fresh`: from the server
        even when QGIS's network cache holds a recent answer."""
        for task in [t for t in self.tasks if service_link.is_capabilities_task(t)]:
            task.cancel()
        service = self.settings.service()
        if not (service.wmts_url or service.wms_url):
            self.set_status(tr("No service URL: choose an endpoint in the settings (the gear button)."), error=True)
            return
        task = service_link.start_capabilities(self.settings, self._capabilities_ready, self._capabilities_failed, fresh)
        self.track(task, tr("Connecting to {service}…").format(service=tr(service.title)))

    @property
    def model(self) -> ServiceModel | None:
        return self.view.model if self.view is not None else None

    def _capabilities_ready(self, view: service_link.PanelView | ServiceModel) -> None:
        """The service answered: list its layers (the view was made in the task; a bare model is viewed here)."""
        if self._closed:
            return
        if isinstance(view, ServiceModel):
            view = service_link.panel_view(view)
        self.view = view
        layers = view.layers
        self.layers = {layer.name: layer for layer in layers}
        chosen = self.layer_combo.currentData() or self.settings.last_layer
        self.layer_combo.blockSignals(True)
        self.layer_combo.clear()
        for layer in layers:  # sorted by title
            self.layer_combo.addItem(layer.title or layer.name, layer.name)
            index = self.layer_combo.count() - 1
            tooltip = f"<b>{layer.name}</b>" + (f"<br>{layer.abstract}" if layer.abstract else "")
            self.layer_combo.setItemData(index, tooltip, Qt.ToolTipRole)
        self.layer_combo.setCurrentIndex(max(self.layer_combo.findData(chosen), 0))
        self.layer_combo.blockSignals(False)
        self._layer_changed()
        unread = [(name, protocol, error) for name, protocol, error in view.model.time_errors()
                  if name.upper().startswith("CGS_S2")]
        if unread:  # a layer whose dates cannot be read is left out; the others are listed
            tell_user(tr("{count} layer(s) left out, their dates cannot be read: {reasons}").format(
                count=len(unread), reasons="; ".join(f"{protocol} {name}: {error.user_text()}"
                                                     for name, protocol, error in unread[:3])), "warning", self.iface)
        if not layers and view.model.errors:  # one side failed, the other has no Sentinel-2 layer (any more)
            self._capabilities_failed("; ".join(view.model.errors.values()))
        elif not layers:
            self.set_status(tr("The service offers no Sentinel-2 layers. Check the endpoint in the settings."), error=True)

    def _capabilities_failed(self, reason: str) -> None:
        if self._closed:
            return
        self.set_status(tr("Could not read the service: {reason}. Check the network connection, or the endpoint and "
                           "authentication in the settings, then press Refresh.").format(reason=reason.rstrip(". ")),
                        error=True)

    def current_layer(self) -> ServiceLayer | None:
        return self.layers.get(self.layer_combo.currentData())

    def _layer_changed(self) -> None:
        layer = self.current_layer()
        tooltip = self.layer_combo.currentData(Qt.ToolTipRole)
        self.layer_combo.setToolTip(tooltip or tr("The Sentinel-2 layers the service offers"))
        if layer is None:
            self.set_dates(service_link.NO_DATES)
            return
        if not self._restoring and self.layers:
            self._remember(last_layer=layer.name)
        has_wmts, has_wms = service_link.offers(layer, WMTS_PROTOCOL), service_link.offers(layer, WMS_PROTOCOL)
        self.wmts_radio.setEnabled(has_wmts)
        self.wms_radio.setEnabled(has_wms)
        if not has_wmts:
            self.wms_radio.setChecked(True)
        elif not has_wms or self.settings.prefer_wmts:
            self.wmts_radio.setChecked(True)
        dates = self.view.dates.get(layer.name) if self.view is not None else None
        self.set_dates(dates if dates is not None else service_link.layer_dates(layer))
        self.set_status(tr("{layers} layers; {layer} has {dates} dates").format(
            layers=len(self.layers), layer=layer.name, dates=len(self.entries)))

    def _kind_changed(self, wmts: bool) -> None:
        layer = self.current_layer()
        if layer is not None and service_link.offers(layer, WMTS_PROTOCOL) and service_link.offers(layer, WMS_PROTOCOL):
            self._remember(prefer_wmts=wmts)

    def kind(self) -> str:
        return WMTS if self.wmts_radio.isChecked() and self.wmts_radio.isEnabled() else WMS

    # ---------------------------------------------------------------- tile

    def current_tile_id(self) -> str | None:
        """The tile typed or chosen, normalised; None (with a message) when it is not a tile id."""
        text = self.tile_combo.currentText()
        try:
            tile_id = tile(text).tile_id
        except TileError as error:
            self.tile_combo.lineEdit().setStyleSheet("color: #b00020;")
            self.set_status(tr("'{text}' is not a Sentinel-2 tile id: type a zone, a band and two letters, such as 31UFS.")
                            .format(text=text.strip()), error=True)
            log(str(error))
            return None
        self.tile_combo.lineEdit().setStyleSheet("")
        return tile_id

    def set_tile(self, tile_id: str, remember: bool = True) -> None:
        self.tile_combo.setCurrentText(tile_id)
        self._tile_chosen(remember)

    def _tile_chosen(self, remember=True) -> None:
        tile_id = self.current_tile_id()
        if tile_id is None:
            return
        if self.tile_combo.currentText() != tile_id:
            self.tile_combo.setCurrentText(tile_id)
        if remember is not False and not self._restoring:
            self._remember(last_tile=tile_id)
        if self.outline.layer() is not None:
            self.outline.show(self._pickable_tiles(), tile_id)

    def _pickable_tiles(self) -> list[str]:
        chosen = self.current_tile_id() if self.tile_combo.currentText().strip() else None
        return [*BELGIAN_TILES, *([chosen] if chosen and chosen not in BELGIAN_TILES else [])]

    def zoom_to_tile(self) -> bool:
        tile_id = self.current_tile_id()
        if tile_id is None:
            return False
        zoom_to_tile(self.iface.mapCanvas(), tile_id, margin=1.05)
        return True

    def _outline_toggled(self, shown: bool) -> None:
        self._remember(add_tile_outline=shown)
        if shown:
            self.outline.show(self._pickable_tiles(), self.current_tile_id() or "")
        else:
            self.outline.remove()

    def _layers_removed(self, layer_ids) -> None:
        outline = self.outline.layer()
        if outline is not None and outline.id() in layer_ids:
            self.outline.forget()
            self.outline_check.blockSignals(True)
            self.outline_check.setChecked(False)
            self.outline_check.blockSignals(False)

    def _pick_toggled(self, on: bool) -> None:
        canvas = self.iface.mapCanvas()
        if on:
            if not self.outline_check.isChecked():
                self.outline_check.setChecked(True)  # the user clicks inside an outline: show them
            canvas.setMapTool(self.pick_tool)
            self.set_status(tr("Click inside a tile outline on the map to choose that tile."))
        elif canvas.mapTool() is self.pick_tool:
            canvas.unsetMapTool(self.pick_tool)

    def _pick_deactivated(self) -> None:
        self.pick_tile_button.setChecked(False)

    def _tile_picked(self, tile_id: str) -> None:
        self.set_tile(tile_id)
        self.set_status(tr("Tile {tile} chosen.").format(tile=tile_id))

    def _pick_missed(self) -> None:
        self.set_status(tr("No tile there: click inside one of the tile outlines."), error=True)

    # ---------------------------------------------------------------- dates

    def set_dates(self, dates: service_link.LayerDates) -> None:
        """Show a layer's dates: marked in the calendar, listed (within the range) newest first. Nothing per date here:
        the list makes the rows it shows, the calendar marks the page it shows, ranges are bisections."""
        self.dates = dates
        entries = self.entries = dates.entries
        self._mark_page(self.calendar.yearShown(), self.calendar.monthShown())
        newest, oldest = (entries[0].date, entries[-1].date) if entries else (dt.date.today(), dt.date.today())
        start = _parse_day(self.settings.last_date_from) or oldest
        end = _parse_day(self.settings.last_date_to) or newest
        for edit, day in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)
        self._refilter(keep=[self.settings.last_date] if self.settings.last_date else [])

    def _mark_page(self, year: int, month: int) -> None:
        """Mark in bold the days of the calendar's page (a month and the days around it) that have a date."""
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every marked date
        marked = QTextCharFormat()
        marked.setFontWeight(QFont.Bold)
        marked.setForeground(QBrush(self.palette().highlight().color()))
        first = dt.date(year, month, 1)
        for day in self.entries.between(first - dt.timedelta(days=7), first + dt.timedelta(days=31 + 14)).days():
            self.calendar.setDateTextFormat(_qdate(day), marked)

    def date_range(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def listed_entries(self) -> Sequence[DateEntry]:
        return self.date_model.entries()

    def selected_entries(self) -> list[DateEntry]:
        rows = sorted(index.row() for index in self.date_list.selectionModel().selectedRows())
        return [self.date_model.entry(row) for row in rows]

    def _refilter(self, keep: list[str]) -> None:
        shown = self.entries.between(*self.date_range())
        self.date_model.set_entries(shown)
        keep = [value for value in keep if shown.index_of(value) is not None]
        self.select_values(keep or ([shown[0].value] if shown else []))  # else the newest
        if self.entries and not shown:
            self.set_status(tr("No dates between {start} and {end}: widen the range or press All.").format(
                start=self.date_range()[0].isoformat(), end=self.date_range()[1].isoformat()), error=True)

    def select_values(self, values: list[str]) -> None:
        selection = QItemSelection()
        for row in self.date_model.rows_of(values):
            index = self.date_model.index(row)
            selection.select(index, index)
        model = self.date_list.selectionModel()
        model.select(selection, QItemSelectionModel.ClearAndSelect)  # not | Rows: Qt then asks the model of every row
        if not selection.isEmpty():
            first = selection.indexes()[0]
            model.setCurrentIndex(first, QItemSelectionModel.NoUpdate)
            self.date_list.scrollTo(first)

    def _range_changed(self) -> None:
        start, end = self.date_range()
        self._remember(last_date_from=start.isoformat(), last_date_to=end.isoformat())
        self._refilter(keep=[entry.value for entry in self.selected_entries()])

    def show_all_dates(self) -> None:
        self._remember(last_date_from="", last_date_to="")
        self.set_dates(self.dates)

    def _calendar_clicked(self, day: QDate) -> None:
        values = self.entries.between(_pydate(day), _pydate(day)).texts()
        if not values:
            self.set_status(tr("The layer has no image on {day}: the dates in bold have one.").format(
                day=_pydate(day).isoformat()), error=True)
            return
        start, end = self.date_range()
        if not start <= _pydate(day) <= end:  # the user chose it: show it
            for edit in (self.from_edit, self.to_edit):
                edit.blockSignals(True)
            self.from_edit.setDate(min(day, self.from_edit.date()))
            self.to_edit.setDate(max(day, self.to_edit.date()))
            for edit in (self.from_edit, self.to_edit):
                edit.blockSignals(False)
            self._range_changed()
        self.select_values(values)

    def _dates_selected(self) -> None:
        chosen = self.selected_entries()
        if chosen:
            self.calendar.blockSignals(True)
            self.calendar.setSelectedDate(_qdate(chosen[0].date))
            self.calendar.blockSignals(False)
            self._remember(last_date=chosen[0].value)
        self._update_add_button()

    def _temporal_toggled(self, temporal: bool) -> None:
        self._remember(temporal_mode=temporal)
        self.date_list.setEnabled(not temporal)
        self.calendar.setEnabled(not temporal)
        self._update_add_button()

    def _update_add_button(self) -> None:
        count = len(self.selected_entries())
        if self.temporal_check.isChecked():
            self.add_button.setText(tr("Add temporal layer"))
        elif count > 1:
            self.add_button.setText(tr("Add {count} layers").format(count=count))
        else:
            self.add_button.setText(tr("Add to map"))

    # ---------------------------------------------------------------- add to map

    def add_to_map(self) -> QgsTask | None:
        """Build the chosen layers in a task; they are added to the project when it ends."""
        layer = self.current_layer()
        tile_id = self.current_tile_id()
        if layer is None:
            self.set_status(tr("Choose a layer first (press Refresh when the list is empty)."), error=True)
            return None
        if tile_id is None:
            return None
        try:
            specs = self._layer_specs(layer, tile_id)
        except PluginError as error:  # a value or name that cannot go into a layer source: say why, never a traceback
            self.set_status(error.user_text(), error=True)
            return None
        if not specs:
            return None
        task = service_link.start_build(specs, self._layers_built, self._build_failed)
        self.add_button.setEnabled(False)
        self.track(task, tr("Adding {count} layer(s)…").format(count=len(specs)))
        task.taskCompleted.connect(lambda: self.add_button.setEnabled(True))
        task.taskTerminated.connect(lambda: self.add_button.setEnabled(True))
        return task

    def _layer_specs(self, layer: ServiceLayer, tile_id: str) -> list:
        if self.temporal_check.isChecked():
            listed = self.listed_entries()
            if not listed:
                self.set_status(tr("No dates in the range: widen it or press All."), error=True)
                return []
            label = f"{listed[-1].date.isoformat()}..{listed[0].date.isoformat()}"
            return [service_link.LayerSpec(layer_name(layer.name, label, tile_id), service_link.temporal_source(
                self.settings, self.model, layer.name, [entry.value for entry in listed]), layer.name, tile_id, "",
                temporal=True)]
        chosen = self.selected_entries()
        if not chosen:
            self.set_status(tr("Choose a date in the list or the calendar."), error=True)
            return []
        kind = self.kind()
        return [service_link.LayerSpec(layer_name(layer.name, entry.label, tile_id), service_link.layer_source(
            self.settings, self.model, layer.name, kind, entry.value), layer.name, tile_id, entry.value)
            for entry in chosen]

    def _layers_built(self, built: list) -> None:
        """Add the layers a task built (a list of (LayerSpec, QgsRasterLayer)), or update the chosen one."""
        if self._closed:
            return
        project = QgsProject.instance()
        root = project.layerTreeRoot()
        group = root.findGroup(TITLE) or root.insertGroup(0, TITLE)
        replace = Settings.load().replace_layer_on_add and len(built) == 1
        self.last_added_ids = []
        for spec, layer in built:
            target = self._layer_to_update(spec) if replace else None
            if target is not None:
                target.setDataSource(layer.source(), spec.name, layer.providerType(), QgsDataProvider.ProviderOptions())
                target.setCustomProperty(PROPERTY, f"{spec.layer}|{spec.tile_id}")
                target.setCustomProperty(f"{PLUGIN_ID}/time", spec.time)
                target.triggerRepaint()
                self.last_added_ids.append(target.id())
                continue
            layer.setName(spec.name)
            layer.setCustomProperty(PROPERTY, f"{spec.layer}|{spec.tile_id}")
            layer.setCustomProperty(f"{PLUGIN_ID}/time", spec.time)
            project.addMapLayer(layer, False)
            group.insertLayer(0, layer)
            self.last_added_ids.append(layer.id())
        if any(spec.temporal for spec, _ in built):
            self._drive_temporal_controller()
        self.zoom_to_tile()
        if self.last_added_ids:
            self.iface.setActiveLayer(project.mapLayer(self.last_added_ids[0]))
        self.set_status(tr("{count} layer(s) added to the map.").format(count=len(built)))

    def _layer_to_update(self, spec):
        """With 'replace', the layer that gets the new date: the active layer when the panel added it, else the last one
        the panel added for the same layer and tile."""
        active = self.iface.activeLayer()
        if active is not None and active.customProperty(PROPERTY):
            return active
        key = f"{spec.layer}|{spec.tile_id}"
        ours = [layer for layer in QgsProject.instance().mapLayers().values() if layer.customProperty(PROPERTY) == key]
        return ours[-1] if ours else None

    def _build_failed(self, reason: str) -> None:
        if self._closed:
            return
        message = tr("Could not add the layer: {reason}. Press Refresh and try again, or try WMS instead of WMTS.").format(
            reason=reason)
        self.set_status(message, error=True)
        tell_user(message, "warning", self.iface)

    def _drive_temporal_controller(self) -> None:
        """Let the Temporal Controller step through the listed dates (one frame per date)."""
        controller = self.iface.mapCanvas().temporalController()
        listed = self.listed_entries()
        if controller is None or not listed:
            return
        days = sorted({entry.date for entry in listed})
        ranges = [QgsDateTimeRange(QDateTime(_qdate(day), QTime(0, 0), Qt.UTC), QDateTime(_qdate(day), QTime(23, 59, 59), Qt.UTC))
                  for day in days]
        controller.setTemporalExtents(QgsDateTimeRange(ranges[0].begin(), ranges[-1].end()))
        if hasattr(controller, "setAvailableTemporalRanges"):
            controller.setAvailableTemporalRanges(ranges)
            controller.setFrameDuration(QgsInterval(1, QgsUnitTypes.TemporalIrregularStep))
        else:
            controller.setFrameDuration(QgsInterval(1, QgsUnitTypes.TemporalDays))
        controller.setNavigationMode(controller.Animated)
        controller.setCurrentFrameNumber(len(ranges) - 1)  # the newest date first

    # ---------------------------------------------------------------- local products

    def eventFilter(self, watched, event):  # noqa: N802
        if watched is self.drop_label:
            if event.type() in (QEvent.DragEnter, QEvent.DragMove):
                if _local_paths(event.mimeData()):
                    event.acceptProposedAction()
                    return True
            elif event.type() == QEvent.Drop:
                paths = _local_paths(event.mimeData())
                if paths:
                    event.acceptProposedAction()
                    self.open_local(paths)
                    return True
        return super().eventFilter(watched, event)

    def _open_file(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Open product files"), self.settings.last_product_folder,
                                                tr("Rasters (*.tif *.tiff *.jp2 *.vrt);;All files (*)"))
        if paths:
            self.open_local([Path(p) for p in paths])

    def _open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Open a product folder"), self.settings.last_product_folder)
        if folder:
            self.open_local([Path(folder)])

    def open_local(self, paths: list[Path]) -> int:
        """Open product files or folders with the local-product styling (each product becomes a group)."""
        self._remember(last_product_folder=str(paths[0].parent if paths[0].is_file() else paths[0]))
        opened = local_link.open_products(paths, self.iface)
        if opened:
            self.set_status(tr("{count} product(s) opened.").format(count=opened))
        else:
            self.set_status(tr("Nothing could be opened: the message bar says why."), error=True)
        return opened


def _parse_day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _local_paths(mime) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]
