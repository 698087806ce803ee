"""The service as the panel lists it: its Sentinel-2 and Sentinel-1 layers and their dates, made in the capabilities task's
thread so that nothing per date runs on the GUI thread when the answer lands (CapabilitiesTask's `derive` hook).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QDate

from ..core.services.model import WMS, WMTS, ServiceLayer, ServiceModel
from ..core.services.timeline import DateEntry, date_entries, entry_keys


@dataclass(frozen=True)
class LayerDates:
    """One layer's dates as the panel shows them, made off the GUI thread: entries newest first, their bisection keys,
    and the days to mark in the calendar."""

    entries: list[DateEntry]
    keys: list[int]
    marked: list[QDate]


@dataclass(frozen=True)
class PanelView:
    """The service as the panel lists it: the core's layers (CGS_S2 layers, then CGS_S1 layers, that have dates; no group
    layers), each kind sorted by title, and their dates."""

    model: ServiceModel
    layers: tuple[ServiceLayer, ...] = ()
    dates: dict[str, LayerDates] = field(default_factory=dict)


def offers(layer: ServiceLayer, protocol: str) -> bool:
    """WMTS only when the WMTS gives the layer's dates (the panel sends one of them); WMS whenever it has the layer."""
    if protocol == WMTS:
        return WMTS in layer.protocols and bool(layer.time_for(WMTS))
    return WMS in layer.protocols


def shown_dimension(layer: ServiceLayer):
    """The dates the panel lists: of WMTS when it offers the layer (the panel's default), else of WMS."""
    return layer.time_for(WMTS) if offers(layer, WMTS) else layer.time_for(WMS)


LISTED_PREFIXES = ("CGS_S2", "CGS_S1")  # Sentinel-2 first, then Sentinel-1 (services.terrascope.be: CGS_S1_GRD_SIGMA0)


def listed(layer: ServiceLayer) -> bool:
    """A Sentinel-2 or Sentinel-1 layer with dates of its own; group and root layers (e.g. the map's NAME) and the
    service's other layers are not listed."""
    return layer.name.upper().startswith(LISTED_PREFIXES) and not layer.is_group and layer.has_time


def _order(layer: ServiceLayer) -> tuple:
    mission = next(i for i, prefix in enumerate(LISTED_PREFIXES) if layer.name.upper().startswith(prefix))
    return mission, (layer.title or layer.name).lower(), layer.name


def layer_dates(layer: ServiceLayer, qdates: dict | None = None) -> LayerDates:
    """`qdates` (day -> QDate) may be shared by the layers of a service: they mostly have the same days."""
    entries = date_entries(shown_dimension(layer).values)
    qdates = {} if qdates is None else qdates
    marked = []
    for day in dict.fromkeys(entry.date for entry in entries):
        found = qdates.get(day)
        if found is None:
            found = qdates[day] = QDate(day.year, day.month, day.day)
        marked.append(found)
    return LayerDates(entries, entry_keys(entries), marked)


def panel_view(model: ServiceModel) -> PanelView:
    """The panel's view of a ServiceModel; runs in the capabilities task's thread (the `derive` hook)."""
    layers = sorted((layer for layer in model.layers.values() if listed(layer)), key=_order)
    qdates: dict = {}
    return PanelView(model, tuple(layers), {layer.name: layer_dates(layer, qdates) for layer in layers})
