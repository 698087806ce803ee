"""The service as the panel lists it: its Sentinel-2 and Sentinel-1 layers and their dates, made in the capabilities task's
thread (CapabilitiesTask's `derive` hook). Nothing per date runs on the GUI thread when the answer lands, nor after: the
dates are DateEntries, whose rows are made when the list shows them and whose ranges, days and months are bisections.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.services.maplayers import sendable_to_wmts
from ..core.services.model import WMS, WMTS, ServiceLayer, ServiceModel
from ..core.services.timeline import DateEntries, EntryList


@dataclass(frozen=True)
class LayerDates:
    """One layer's dates as the panel shows them: entries newest first (DateEntries; an EntryList when the catalogue
    narrowed and labelled them)."""

    entries: DateEntries | EntryList = field(default_factory=DateEntries)


NO_DATES = LayerDates()


@dataclass(frozen=True)
class PanelView:
    """The service as the panel lists it: the core's layers (CGS_S2 layers, then CGS_S1 layers, that have dates; no group
    layers), each kind sorted by title, and their dates."""

    model: ServiceModel
    layers: tuple[ServiceLayer, ...] = ()
    dates: dict[str, LayerDates] = field(default_factory=dict)


def offers(layer: ServiceLayer, protocol: str) -> bool:
    """WMTS only when the WMTS gives the layer's dates in a form QGIS can send (a service writes all its dates in one
    form: the newest tells); WMS whenever it has the layer."""
    if protocol == WMTS:
        dimension = layer.time_for(WMTS)
        return WMTS in layer.protocols and bool(dimension) and (dimension.last is None or
                                                                sendable_to_wmts(dimension.last.text))
    return WMS in layer.protocols


def shown_dimension(layer: ServiceLayer):
    """The dates the panel lists: of WMTS when it offers the layer (the panel's default), else of WMS when the WMS has
    the layer, else the WMTS's own (listed, though they cannot be sent: "Add to map" then says why)."""
    if offers(layer, WMTS) or not offers(layer, WMS):
        return layer.time_for(WMTS)
    return layer.time_for(WMS)


LISTED_PREFIXES = ("CGS_S2", "CGS_S1")  # Sentinel-2 first, then Sentinel-1 (services.terrascope.be: CGS_S1_GRD_SIGMA0)


def listed(layer: ServiceLayer) -> bool:
    """A Sentinel-2 or Sentinel-1 layer with dates of its own; group and root layers (e.g. the map's NAME) and the
    service's other layers are not listed."""
    return layer.name.upper().startswith(LISTED_PREFIXES) and not layer.is_group and layer.has_time


def _order(layer: ServiceLayer) -> tuple:
    mission = next(i for i, prefix in enumerate(LISTED_PREFIXES) if layer.name.upper().startswith(prefix))
    return mission, (layer.title or layer.name).lower(), layer.name


def layer_dates(layer: ServiceLayer) -> LayerDates:
    dimension = shown_dimension(layer)
    return LayerDates(DateEntries(dimension.texts, dimension.moments))


def panel_view(model: ServiceModel) -> PanelView:
    """The panel's view of a ServiceModel; runs in the capabilities task's thread (the `derive` hook)."""
    layers = sorted((layer for layer in model.layers.values() if listed(layer)), key=_order)
    return PanelView(model, tuple(layers), {layer.name: layer_dates(layer) for layer in layers})
