"""The Terrascope map services as the plugin sees them: layers, their styles, extents and TIME values, WMTS and WMS merged.

    service = ServiceModel.merge(wmts_caps, wms_caps)     # Capabilities parsed by capabilities.py
    layer = service.layers["CGS_S2_NDVI"]                 # ServiceLayer: name, title, styles, extent, protocols...
    layer.time_for("WMTS").on_day(date(2018, 2, 25))      # -> (TimeValue(text='2018-02-25T10:50:18.000Z', when=...),)

Plain Python, frozen dataclasses: made in a task's thread, read on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from ..errors import PluginError
from .timevalues import TimeDimension

WMTS = "WMTS"
WMS = "WMS"


@dataclass(frozen=True)
class LayerStyle:
    name: str
    title: str = ""
    is_default: bool = False


@dataclass(frozen=True)
class ServiceLayer:
    """One layer as the services offer it. `protocols` says which of WMTS and WMS offer it; `times` holds the TIME
    dimension per protocol (their texts may differ: send each protocol its own); `time_errors` says, per protocol, why
    a TIME dimension the server wrote could not be read (the layer is kept without it). Group layers (WMS) list
    `children`."""

    name: str
    title: str = ""
    abstract: str = ""
    styles: tuple[LayerStyle, ...] = ()
    wgs84_extent: tuple[float, float, float, float] | None = None  # west, south, east, north
    tile_matrix_sets: tuple[str, ...] = ()  # WMTS
    formats: tuple[str, ...] = ()  # WMTS tile formats (WMS formats are service-wide: Capabilities.formats)
    protocols: frozenset[str] = frozenset()
    times: Mapping[str, TimeDimension] = field(default_factory=dict)
    parent: str | None = None  # WMS: the named group layer this one sits in
    children: tuple[str, ...] = ()  # WMS: named layers inside this one
    time_errors: Mapping[str, PluginError] = field(default_factory=dict)

    @property
    def is_group(self) -> bool:
        return bool(self.children)

    @property
    def has_time(self) -> bool:
        return any(bool(dimension) for dimension in self.times.values())

    def time_for(self, protocol: str) -> TimeDimension:
        """The TIME dimension as one protocol advertises it (empty when it has none)."""
        dimension = self.times.get(protocol)
        return dimension if dimension is not None else TimeDimension()

    @property
    def time(self) -> TimeDimension:
        """The TIME dimension of WMTS when the WMTS advertises one, else of WMS."""
        return self.time_for(WMTS) if WMTS in self.times else self.time_for(WMS)

    @property
    def default_style(self) -> str:
        for style in self.styles:
            if style.is_default:
                return style.name
        return self.styles[0].name if self.styles else ""


@dataclass(frozen=True)
class Capabilities:
    """What one service (one protocol) advertises. `url` is the URL the document was fetched from."""

    protocol: str
    url: str
    version: str
    title: str = ""
    layers: Mapping[str, ServiceLayer] = field(default_factory=dict)
    tile_matrix_sets: Mapping[str, str] = field(default_factory=dict)  # WMTS: name -> CRS authid (e.g. EPSG:3857)
    formats: tuple[str, ...] = ()  # WMS GetMap formats
    get_map_url: str = ""  # WMS: the GetMap address the server advertises
    # WMTS: the addresses the document tells QGIS to call with a layer's login: "" -> the service's operations
    # (GetTile, GetFeatureInfo...), a layer name -> its ResourceURL templates and legends. A WMS lists none: the
    # plugin's WMS layers send GetMap, GetFeatureInfo and GetLegendGraphic to the configured url (sources.py).
    addresses: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    answered_from: str = ""  # where the document came from after redirects ("" when not fetched)


@dataclass(frozen=True)
class ServiceModel:
    """WMTS and WMS together, layers merged by name. Either side may be missing (then `errors` says why)."""

    wmts: Capabilities | None = None
    wms: Capabilities | None = None
    layers: Mapping[str, ServiceLayer] = field(default_factory=dict)
    errors: Mapping[str, str] = field(default_factory=dict)  # protocol -> message, for a side that could not be read

    @classmethod
    def merge(cls, wmts: Capabilities | None, wms: Capabilities | None, errors: Mapping[str, str] | None = None
              ) -> ServiceModel:
        layers: dict[str, ServiceLayer] = {}
        for caps in (wmts, wms):
            if caps is None:
                continue
            for name, layer in caps.layers.items():
                known = layers.get(name)
                if known is None:
                    layers[name] = layer
                    continue
                styles = known.styles + tuple(style for style in layer.styles
                                              if style.name not in {s.name for s in known.styles})
                layers[name] = replace(
                    known, title=known.title or layer.title, abstract=known.abstract or layer.abstract, styles=styles,
                    wgs84_extent=known.wgs84_extent or layer.wgs84_extent,
                    tile_matrix_sets=known.tile_matrix_sets or layer.tile_matrix_sets, formats=known.formats or layer.formats,
                    protocols=known.protocols | layer.protocols, times=MappingProxyType({**known.times, **layer.times}),
                    parent=known.parent or layer.parent, children=known.children or layer.children,
                    time_errors=MappingProxyType({**known.time_errors, **layer.time_errors}))
        return cls(wmts, wms, MappingProxyType(layers), MappingProxyType(dict(errors or {})))

    def layer_names(self, with_time_only: bool = False) -> list[str]:
        return [name for name, layer in self.layers.items() if layer.has_time or not with_time_only]

    def time_errors(self) -> list[tuple[str, str, PluginError]]:
        """(layer, protocol, error) for each TIME dimension that could not be read (its layer kept without it)."""
        return [(name, protocol, error) for name, layer in self.layers.items()
                for protocol, error in layer.time_errors.items()]
