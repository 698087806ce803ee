"""The time series section: a point picked on the map or the selected features of a layer, followed through the
products of a folder, of the project or of the catalogue tab's results, in physical units and masked by the scene
classification, drawn in the panel."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsGeometry, QgsMapLayerProxyModel, QgsProject, QgsRasterLayer
from qgis.gui import QgsFileWidget, QgsMapToolEmitPoint
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox

from ...core.products.contents import MASK_PRESETS, NO_MASKING, SERIES_CONTENTS
from ...core.timeseries.model import Field, MaskOptions
from ...core.timeseries.task import CatalogueProducts, TimeSeriesTask
from ...toolbelt.i18n import tr
from ...toolbelt.log import log
from ..timeseries_chart import TimeSeriesChart
from .section import Section

PRESETS = [(label, keep) for label, keep in MASK_PRESETS if keep is not None]  # the panel offers the presets only
FOLDER, PROJECT, CATALOGUE = "folder", "project", "catalogue"  # where the products come from (timeseries_source)


class TimeSeriesSection(Section):
    def __init__(self, dock, memory, status, iface, catalogue=None):
        super().__init__(dock, memory, status)
        self.iface = iface
        self.catalogue = catalogue  # the catalogue section, whose results can be the products
        self.task: TimeSeriesTask | None = None
        self.chart: TimeSeriesChart | None = None  # made when the tab is first shown (matplotlib takes a while to load)
        self.pick_tool = QgsMapToolEmitPoint(iface.mapCanvas())
        self.pick_tool.setCursor(Qt.CursorShape.CrossCursor)
        dock.ts_content_combo.addItems(list(SERIES_CONTENTS))
        dock.ts_mask_combo.addItems([tr(NO_MASKING), *(tr(label) for label, _ in PRESETS)])
        # every choice whole, in any language (their row wraps under its label in dock.ui: the full width)
        dock.ts_mask_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        dock.ts_mask_combo.setMinimumWidth(dock.ts_mask_combo.sizeHint().width())
        dock.ts_folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        dock.ts_folder_widget.setDialogTitle(tr("Folder of products"))
        dock.ts_layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PointLayer | QgsMapLayerProxyModel.Filter.PolygonLayer)
        with memory.restoring_state():
            settings = self.settings
            dock.ts_content_combo.setCurrentText(settings.timeseries_content)
            dock.ts_folder_widget.setFilePath(settings.timeseries_folder)
            self.source_radios()[settings.timeseries_source if settings.timeseries_source in (PROJECT, CATALOGUE)
                                 else FOLDER].setChecked(True)
            dock.ts_mask_combo.setCurrentIndex(min(max(settings.timeseries_mask, 0), dock.ts_mask_combo.count() - 1))
            dock.ts_widen_spin.setValue(settings.timeseries_widen)
            dock.ts_min_valid_spin.setValue(settings.timeseries_min_valid)
        dock.ts_content_combo.currentTextChanged.connect(lambda text: self.memory.remember(timeseries_content=text))
        dock.ts_folder_widget.fileChanged.connect(self._folder_changed)
        for source, radio in self.source_radios().items():
            radio.toggled.connect(lambda on, source=source: on and self.memory.remember(timeseries_source=source))
        dock.ts_mask_combo.currentIndexChanged.connect(lambda index: self.memory.remember(timeseries_mask=index))
        dock.ts_widen_spin.valueChanged.connect(lambda value: self.memory.remember(timeseries_widen=value))
        dock.ts_min_valid_spin.valueChanged.connect(lambda value: self.memory.remember(timeseries_min_valid=value))
        dock.ts_pick_button.toggled.connect(self._pick_toggled)
        self.pick_tool.canvasClicked.connect(self._picked)
        self.pick_tool.deactivated.connect(lambda: dock.ts_pick_button.setChecked(False))
        dock.ts_selected_button.clicked.connect(self.series_of_selection)
        dock.tabs.currentChanged.connect(self._tab_changed)

    def source_radios(self) -> dict:
        return {FOLDER: self.dock.ts_folder_radio, PROJECT: self.dock.ts_project_radio,
                CATALOGUE: self.dock.ts_catalogue_radio}

    def ensure_chart(self) -> TimeSeriesChart:
        if self.chart is None:
            self.chart = TimeSeriesChart(self.dock.ts_chart_holder)
            self.dock.ts_chart_layout.addWidget(self.chart)
        return self.chart

    # ------------------------------------------------------------------ what the user asks

    def options(self) -> MaskOptions:
        index = self.dock.ts_mask_combo.currentIndex()
        keep = frozenset(PRESETS[index - 1][1]) if index > 0 else None
        return MaskOptions(keep, self.dock.ts_widen_spin.value(), self.dock.ts_min_valid_spin.value() / 100)

    def content(self) -> str:
        return self.dock.ts_content_combo.currentText()

    def series_at(self, point, crs) -> TimeSeriesTask | None:
        """The series of one point (map coordinates in `crs`)."""
        decimals = 5 if crs.isGeographic() else 0
        label = tr("point {x}, {y}").format(x=f"{point.x():.{decimals}f}", y=f"{point.y():.{decimals}f}")
        field = Field(1, bytes(QgsGeometry.fromPointXY(point).asWkb()), crs.toWkt(), label)
        return self.compute([field])

    def series_of_selection(self) -> TimeSeriesTask | None:
        layer = self.dock.ts_layer_combo.currentLayer()
        if layer is None:
            self.status.say(tr("Choose a layer of points or fields first."), error=True)
            return None
        if layer.selectedFeatureCount() == 0:
            self.status.say(tr("Select the points or fields of '{layer}' to follow (none is selected).").format(
                layer=layer.name()), error=True)
            return None
        name_field = layer.displayField()
        crs = layer.crs().toWkt()
        fields = [Field(feature.id(), bytes(feature.geometry().asWkb()) if feature.hasGeometry() else b"", crs,
                        str(feature[name_field]) if name_field and feature[name_field] is not None else "")
                  for feature in layer.getSelectedFeatures()]
        return self.compute(fields)

    def compute(self, fields: list[Field]) -> TimeSeriesTask | None:
        """Start the task that computes the series of `fields`; the chart shows them when it ends."""
        content = self.content()
        if self.dock.ts_catalogue_radio.isChecked():
            items = self.catalogue.model.items() if self.catalogue is not None else []
            if not items:
                self.status.say(tr("The Catalogue tab lists no product: search the catalogue there first."), error=True)
                return None
            settings = self.memory.reload()
            products = CatalogueProducts(tuple(items), settings.download_root(), settings.catalogue_login(),
                                         settings.network_timeout_s)
            task = TimeSeriesTask(fields, content, self.options(), catalogue=products)
        elif self.dock.ts_project_radio.isChecked():
            files = self.project_products(content)
            if not files:
                self.status.say(tr("No {content} product is loaded in the project: load some, or choose a folder.")
                                .format(content=content), error=True)
                return None
            task = TimeSeriesTask(fields, content, self.options(), files=files)
        else:
            folder = self.dock.ts_folder_widget.filePath().strip()
            if not folder:
                self.status.say(tr("Choose the folder that holds the {content} products.").format(content=content),
                                error=True)
                return None
            task = TimeSeriesTask(fields, content, self.options(), folder=folder)
        self._cancel_running()  # the newer question wins
        self.task = task
        task.done.connect(self._done)
        task.failed.connect(lambda message: self.status.say(message, error=True))
        self.status.run(task, tr("Computing the time series of {count} feature(s)…").format(count=len(fields)))
        return task

    @staticmethod
    def project_products(content: str) -> list[str]:
        """The files of the project's raster layers that are products of `content` (by their names)."""
        from ...core.products.names import try_parse_product_name
        from ...core.products.styling import layer_path

        files = []
        for layer in QgsProject.instance().mapLayers().values():
            if isinstance(layer, QgsRasterLayer):
                path = layer_path(layer)
                name = try_parse_product_name(Path(path).name) if path else None
                if name is not None and name.content == content and not name.is_quicklook:
                    files.append(path)
        return sorted(set(files))

    # ------------------------------------------------------------------ results

    def _done(self, result) -> None:
        self.task = None
        self.ensure_chart().set_result(result)
        problems = [*result.problems, *(p for series in result.series for p in series.problems)]
        for problem in problems:
            log(problem.user_text(), "warning")
        observations = sum(len(series.observations) for series in result.series)
        if problems:
            self.status.say(problems[0].user_text() + (" " + tr("({count} more in the log)").format(
                count=len(problems) - 1) if len(problems) > 1 else ""), error=observations == 0)
        else:
            self.status.say(tr("{count} dates of {content}.").format(count=observations, content=result.content))

    def _tab_changed(self, index: int) -> None:
        if self.dock.tabs.widget(index) is self.dock.timeseries_tab:
            self.ensure_chart()

    def _cancel_running(self) -> None:
        if self.task is not None:
            try:
                self.task.done.disconnect()
                self.task.cancel()
            except (TypeError, RuntimeError):  # ended already (QGIS deletes a task once it has ended)
                pass
            self.task = None

    def _folder_changed(self, path: str) -> None:
        self.memory.remember(timeseries_folder=path)
        self.dock.ts_folder_radio.setChecked(True)

    def _pick_toggled(self, on: bool) -> None:
        canvas = self.iface.mapCanvas()
        if on:
            canvas.setMapTool(self.pick_tool)
        elif canvas.mapTool() is self.pick_tool:
            canvas.unsetMapTool(self.pick_tool)

    def _picked(self, point, button) -> None:
        if button == Qt.MouseButton.LeftButton:
            self.series_at(point, self.iface.mapCanvas().mapSettings().destinationCrs())

    def close(self) -> None:
        from qgis.PyQt import sip

        canvas = self.iface.mapCanvas()
        if canvas.mapTool() is self.pick_tool:
            canvas.unsetMapTool(self.pick_tool)
        self._cancel_running()
        combo = self.dock.ts_layer_combo
        if not sip.isdeleted(combo):  # its model follows the project's layers: let go of the project now, not later
            sip.delete(combo)
