"""The layer section: which of the service's Sentinel-2 and Sentinel-1 layers, and as WMTS tiles or WMS images."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt, pyqtSignal

from ...core.services.model import WMS, WMTS, ServiceLayer
from ...toolbelt.i18n import tr
from ..panel_view import NO_DATES, PanelView, layer_dates, offers
from .section import Section


class LayerSection(Section):
    layer_changed = pyqtSignal(object)  # LayerDates of the chosen layer (empty when there is none)

    def __init__(self, dock, memory, status):
        super().__init__(dock, memory, status)
        self.view: PanelView | None = None
        self.layers: dict[str, ServiceLayer] = {}  # the service's CGS_S2 and CGS_S1 layers with dates, by name
        dock.wmts_radio.setChecked(self.settings.prefer_wmts)
        dock.wms_radio.setChecked(not self.settings.prefer_wmts)
        dock.layer_combo.currentIndexChanged.connect(self.changed)
        dock.wmts_radio.toggled.connect(self._kind_changed)

    def show_view(self, view: PanelView) -> None:
        """List the service's layers (Sentinel-2, then Sentinel-1, each sorted by title), keeping the chosen one."""
        self.view = view
        self.layers = {layer.name: layer for layer in view.layers}
        combo = self.dock.layer_combo
        chosen = combo.currentData() or self.settings.last_layer
        combo.blockSignals(True)
        combo.clear()
        for layer in view.layers:
            combo.addItem(layer.title or layer.name, layer.name)
            tooltip = f"<b>{layer.name}</b>" + (f"<br>{layer.abstract}" if layer.abstract else "")
            combo.setItemData(combo.count() - 1, tooltip, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        if not view.layers:
            self.status.say(tr("The service offers no Sentinel-2 or Sentinel-1 layers. Check the endpoint in the settings."),
                            error=True)
        self.changed()

    def current_layer(self) -> ServiceLayer | None:
        return self.layers.get(self.dock.layer_combo.currentData())

    def kind(self) -> str:
        """'wmts' or 'wms': how the chosen dates are added."""
        radio = self.dock.wmts_radio
        return "wmts" if radio.isChecked() and radio.isEnabled() else "wms"

    def changed(self) -> None:
        layer = self.current_layer()
        tooltip = self.dock.layer_combo.currentData(Qt.ItemDataRole.ToolTipRole)
        self.dock.layer_combo.setToolTip(tooltip or tr("The Sentinel-2 and Sentinel-1 layers the service offers"))
        if layer is None:
            self.layer_changed.emit(NO_DATES)
            return
        if self.layers:
            self.memory.remember(last_layer=layer.name)
        has_wmts, has_wms = offers(layer, WMTS), offers(layer, WMS)
        self.dock.wmts_radio.setEnabled(has_wmts)
        self.dock.wms_radio.setEnabled(has_wms)
        if not has_wmts:
            self.dock.wms_radio.setChecked(True)
        elif not has_wms or self.settings.prefer_wmts:
            self.dock.wmts_radio.setChecked(True)
        dates = self.view.dates.get(layer.name) if self.view is not None else None
        dates = dates if dates is not None else layer_dates(layer)
        self.layer_changed.emit(dates)
        self.status.say(tr("{layers} layers; {layer} has {dates} dates").format(
            layers=len(self.layers), layer=layer.name, dates=len(dates.entries)))

    def _kind_changed(self, wmts: bool) -> None:
        layer = self.current_layer()
        if layer is not None and offers(layer, WMTS) and offers(layer, WMS):
            self.memory.remember(prefer_wmts=wmts)
