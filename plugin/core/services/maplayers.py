"""The map layers of a service layer and a date: their provider sources and their names, as the panel adds them.

    spec = layer_spec(model, "CGS_S2_NDVI", value, label="2018-02-25", tile_id="31UFS", protocol=WMTS, authcfg=...)
    spec = temporal_layer_spec(model, "CGS_S2_NDVI", values, label="3 dates", tile_id="31UFS", protocol=WMTS,
                               authcfg=...)
    QgsRasterLayer(spec.source, spec.name, spec.provider)      # in a task: layer_task.BuildLayersTask
    wmts_layer_source(model, name, value) / wms_layer_source(...) / wmst_layer_source(model, name, values=[...])
    temporal_wmts_layer_source(model, name)

`value` is a TimeValue of the layer's TIME dimension or its text, sent in the spelling of the protocol used (WMTS and
WMS may write one instant differently). One naming for every layer the plugin adds: layer_name().

With a login (authcfg), QGIS sends it with every request of the layer, to whatever address the capabilities give
(WMTS tiles, legends; a redirect of the capabilities): a layer whose addresses leave the service's origin (see
network.login_goes_to) is refused with ForeignAddressError, naming the foreign server. A WMS layer's GetMap,
GetFeatureInfo and legend go to the configured url whatever the document says (IgnoreGetMapUrl and
IgnoreGetFeatureInfoUrl in sources.py; measured on QGIS 3.22, 3.40 and 3.44 by tests/core/services/test_login_origin.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP
from .model import WMS, WMTS, Capabilities, ServiceLayer, ServiceModel
from .sources import (
    SourceError,
    is_time_text,
    temporal_wmts_can_ask,
    temporal_wmts_source,
    wms_source,
    wmst_source,
    wmts_source,
)
from .timevalues import TimeParseError, TimeValue, parse_instant

PREFERRED_FORMATS = ("image/png", "image/jpeg")


@dataclass(frozen=True)
class LayerSpec:
    """A map layer to make: what the Layers panel shows, the provider source, and what it is (kept on the layer)."""

    name: str  # the layer's name in the Layers panel
    source: str  # provider source string
    layer: str  # the service's layer name, e.g. CGS_S2_NDVI
    tile_id: str
    time: str  # the TIME value ('' for a temporal layer)
    temporal: bool = False
    provider: str = "wms"  # QGIS's provider key (WMS, WMTS and WMS-T alike)


class ForeignAddressError(PluginError):
    """A layer that would send the login to a server other than the one in the settings."""

    def __init__(self, foreign: str, configured: str):
        super().__init__(QT_TRANSLATE_NOOP(
            "@default", "The service sends QGIS to {foreign} for this layer, another server than {configured} where "
                        "your login belongs: the plugin does not add the layer with the login. If the service needs "
                        "no login, remove it from the plugin's settings."), foreign=foreign, configured=configured)
        self.foreign = foreign


def _server(url: str) -> str:
    """scheme://host:port of a url, for a message (never its user info, path or query)."""
    from .redirects import origin, safe_url

    return origin(url) or safe_url(url)[:100]


def check_login_stays(caps: Capabilities | None, layer: str, authcfg: str) -> None:
    """Raise ForeignAddressError when a layer built with `authcfg` would send it outside the service's origin: the
    document came through a redirect elsewhere, or names another server for the layer's tiles, legends or
    operations. Nothing to check without a login."""
    from .redirects import login_goes_to

    if not authcfg or caps is None:
        return
    addresses = [caps.answered_from, *caps.addresses.get("", ()), *caps.addresses.get(layer, ())]
    for address in filter(None, addresses):
        absolute = urljoin(caps.url, address.strip())  # a relative href is on the service's own server
        if not login_goes_to(absolute, caps.url):
            raise ForeignAddressError(_server(absolute), _server(caps.url))


def _layer(model: ServiceModel, name: str) -> ServiceLayer:
    layer = model.layers.get(name)
    if layer is None:
        raise SourceError(QT_TRANSLATE_NOOP("@default", "The service has no layer {name}."), name=name)
    return layer


def layer_name(name: str, label: str = "", tile_id: str = "") -> str:
    """'NDVI 2018-02-25 31UFS': the layer's title (or name), the date as the panel lists it, the tile."""
    return " ".join(part for part in (name, label, tile_id) if part)


def shown_name(model: ServiceModel, name: str) -> str:
    """What users call a service layer: its title ('NDVI'), else its name ('CGS_S2_NDVI')."""
    layer = model.layers.get(name)
    return (layer.title if layer is not None else "").strip() or name


def _pick_format(formats, fallback: str = "image/png") -> str:
    for wanted in PREFERRED_FORMATS:
        if wanted in formats:
            return wanted
    return formats[0] if formats else fallback


def _pick_tile_matrix_set(model: ServiceModel, layer: ServiceLayer, wanted: str | None) -> tuple[str, str]:
    sets = dict(model.wmts.tile_matrix_sets) if model.wmts else {}
    names = list(layer.tile_matrix_sets) or list(sets)
    if wanted and wanted in names:
        return wanted, sets.get(wanted, "EPSG:3857")
    for name in names:  # Web Mercator first: what the tiles are made for
        if sets.get(name) == "EPSG:3857":
            return name, "EPSG:3857"
    if not names:
        raise SourceError(QT_TRANSLATE_NOOP("@default", "The WMTS layer {name} has no tile matrix set."), name=layer.name)
    return names[0], sets.get(names[0], "EPSG:3857")


def spelled_for(layer: ServiceLayer, protocol: str, value: TimeValue | str | None) -> str | None:
    """A TIME value as one protocol advertises it (WMTS and WMS may write one instant differently, and MapCache only
    serves its own spelling); the value's own text when that protocol does not list it."""
    if value is None:
        return None
    text = value.text if isinstance(value, TimeValue) else str(value)
    found = layer.time_for(protocol).find(text)
    return found.text if found is not None else text


def for_wms(text: str) -> str:
    """A TIME value QGIS can send to a WMS: the advertised text, or, when it holds what QGIS 3.22's WMS provider cannot
    send (a '+' of a time zone offset arrives as a space), the same instant in UTC: a WMS compares instants, not texts."""
    if is_time_text(text):
        return text
    try:
        moment = parse_instant(text)
    except TimeParseError:
        return text  # not an instant: the source refuses it with its own message
    return moment.isoformat(timespec="milliseconds" if moment.microsecond else "seconds").replace("+00:00", "Z")


def sendable_to_wmts(text: str) -> bool:
    """Whether QGIS can send this TIME value to a WMTS as it is (MapCache serves only its own spelling of a value)."""
    return is_time_text(text)


def wmts_layer_source(model: ServiceModel, name: str, value: TimeValue | str | None, *, style: str | None = None,
                      tile_matrix_set: str | None = None, authcfg: str = "") -> str:
    """The provider source of a WMTS layer for one TIME value (sent verbatim, in the WMTS's spelling). Raises
    SourceError for a value QGIS cannot send as it is (a time zone offset): add such a layer as WMS."""
    if model.wmts is None:
        raise SourceError(QT_TRANSLATE_NOOP("@default", "The service has no WMTS."))
    layer = _layer(model, name)
    check_login_stays(model.wmts, name, authcfg)
    tms, crs = _pick_tile_matrix_set(model, layer, tile_matrix_set)
    text = spelled_for(layer, WMTS, value)
    if text is not None and not sendable_to_wmts(text):
        raise SourceError(QT_TRANSLATE_NOOP(
            "@default", "The WMTS writes the date {value} in a form QGIS cannot send to it (a time zone offset): add the "
                        "layer as WMS instead."), value=text)
    return wmts_source(model.wmts.url, name, time_value=text,
                       style=style or layer.default_style or "default", tile_matrix_set=tms,
                       image_format=_pick_format(layer.formats), crs=crs, authcfg=authcfg)


def _wms_url(model: ServiceModel) -> str:
    if model.wms is None:
        raise SourceError(QT_TRANSLATE_NOOP("@default", "The service has no WMS."))
    return model.wms.url


def wms_layer_source(model: ServiceModel, name: str, value: TimeValue | str | None, *, style: str | None = None,
                     crs: str = "EPSG:3857", authcfg: str = "") -> str:
    """The provider source of a WMS layer with a fixed TIME (in the WMS's spelling)."""
    layer = _layer(model, name)
    check_login_stays(model.wms, name, authcfg)
    text = spelled_for(layer, WMS, value)
    return wms_source(_wms_url(model), name, time_value=None if text is None else for_wms(text),
                      style=style if style is not None else "",
                      image_format=_pick_format(model.wms.formats if model.wms else ()), crs=crs, authcfg=authcfg)


def wmst_layer_source(model: ServiceModel, name: str, *, values: list[TimeValue | str] | None = None,
                      style: str | None = None, crs: str = "EPSG:3857", authcfg: str = "") -> str:
    """The provider source of a WMS-T layer over `values` (default: all the layer's WMS values), in time order."""
    layer = _layer(model, name)
    check_login_stays(model.wms, name, authcfg)
    dimension = layer.time_for(WMS)
    if values is None:
        chosen = list(dimension.values)
    else:
        chosen = [found if (found := dimension.find(value.text if isinstance(value, TimeValue) else str(value))) is not None
                  else value for value in values]
        chosen = [value if isinstance(value, TimeValue) else TimeValue(value, parse_instant(value)) for value in chosen]
        chosen.sort(key=lambda value: value.when)
    return wmst_source(_wms_url(model), name, time_values=[for_wms(value.text) for value in chosen],
                       style=style if style is not None else "",
                       image_format=_pick_format(model.wms.formats if model.wms else ()), crs=crs, authcfg=authcfg)


def temporal_wmts_layer_source(model: ServiceModel, name: str, *, style: str | None = None,
                               tile_matrix_set: str | None = None, authcfg: str = "") -> str:
    """The provider source of a WMTS layer whose TIME follows the Temporal Controller (QGIS 3.28 and later), over every
    TIME value the WMTS advertises for the layer."""
    if model.wmts is None:
        raise SourceError(QT_TRANSLATE_NOOP("@default", "The service has no WMTS."))
    layer = _layer(model, name)
    check_login_stays(model.wmts, name, authcfg)
    tms, crs = _pick_tile_matrix_set(model, layer, tile_matrix_set)
    return temporal_wmts_source(model.wmts.url, name, style=style or layer.default_style or "default",
                                tile_matrix_set=tms, image_format=_pick_format(layer.formats), crs=crs, authcfg=authcfg)


def temporal_wmts_fits(model: ServiceModel, name: str) -> bool:
    """Whether the layer can be a temporal WMTS layer here: this QGIS can ask for every TIME value the WMTS
    advertises for it as written (see sources.temporal_wmts_can_ask)."""
    layer = model.layers.get(name)
    return model.wmts is not None and layer is not None and temporal_wmts_can_ask(layer.time_for(WMTS).texts)


def follow_acquisitions(layer) -> None:
    """Let a temporal WMS layer show, for each Temporal Controller frame, the last acquisition up to the frame's end.

    By default QGIS 3.22 sends the frame's start (a day at 00:00:00Z), which matches no acquisition: MapServer then
    silently answers with its default image."""
    from qgis.core import QgsRasterDataProviderTemporalCapabilities

    if layer.isValid():
        layer.temporalProperties().setIntervalHandlingMethod(
            QgsRasterDataProviderTemporalCapabilities.IntervalHandlingMethod.FindClosestMatchToEndOfRange)


def layer_spec(model: ServiceModel, name: str, value: TimeValue | str, *, label: str, tile_id: str, protocol: str,
               authcfg: str = "") -> LayerSpec:
    """One date of a layer, as WMTS tiles or a WMS image; named '<title> <label> <tile>' ('NDVI 2018-02-25 31UFS')."""
    text = value.text if isinstance(value, TimeValue) else str(value)
    if protocol.upper() == WMTS:
        source = wmts_layer_source(model, name, value, authcfg=authcfg)
    else:
        source = wms_layer_source(model, name, value, authcfg=authcfg)
    return LayerSpec(layer_name(shown_name(model, name), label, tile_id), source, name, tile_id, text)


def temporal_layer_spec(model: ServiceModel, name: str, values: list[TimeValue | str], *, label: str, tile_id: str,
                        protocol: str = WMS, authcfg: str = "") -> LayerSpec:
    """A layer whose date the Temporal Controller chooses: WMTS tiles when WMTS is asked for and fits
    (temporal_wmts_fits: QGIS 3.28 and later, date-only TIME values), else a WMS-T layer over `values`. Named
    '<title> <tile> (<label>)', 'NDVI 31UFS (4 dates)': short enough for the Layers panel (the Temporal Controller
    shows the dates)."""
    if protocol.upper() == WMTS and temporal_wmts_fits(model, name):
        source = temporal_wmts_layer_source(model, name, authcfg=authcfg)
    else:
        source = wmst_layer_source(model, name, values=values, authcfg=authcfg)
    shown = layer_name(shown_name(model, name), "", tile_id)
    return LayerSpec(f"{shown} ({label})" if label else shown, source, name, tile_id, "", temporal=True)
