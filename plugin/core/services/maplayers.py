"""QGIS raster layers for a service layer and a date, named so a user tells them apart, added under one group.

    layer = wmts_layer(model, "CGS_S2_NDVI", value, authcfg=settings.authcfg, tile_id="31UFS")   # QgsRasterLayer
    layer = wms_layer(model, "CGS_S2_NDVI", value, ...)
    layer = wmst_layer(model, "CGS_S2_NDVI", ...)          # follows the Temporal Controller
    add_to_group(layer)                                    # into the group "Terrascope Sentinel-2" of the project

`value` is a TimeValue of the layer's TIME dimension (for the protocol used: WMTS and WMS may write it differently);
use ServiceLayer.time_for(protocol).value_for_day(day) to get it from a day. Call these on the GUI thread (they
create layers; the provider reads its capabilities from QGIS's network cache, which the CapabilitiesTask filled).
"""

from __future__ import annotations

from ..text import QT_TRANSLATE_NOOP
from .model import WMS, WMTS, ServiceLayer, ServiceModel
from .sources import (  # noqa: F401 (re-export)
    SourceError,
    is_time_text,
    supports_temporal_wmts,
    temporal_wmts_source,
    wms_source,
    wmst_source,
    wmts_source,
)
from .timevalues import TimeParseError, TimeValue, parse_instant

GROUP_NAME = QT_TRANSLATE_NOOP("@default", "Terrascope Sentinel-2")
PREFERRED_FORMATS = ("image/png", "image/jpeg")


def _layer(model: ServiceModel, name: str) -> ServiceLayer:
    layer = model.layers.get(name)
    if layer is None:
        raise KeyError(f"the service has no layer {name!r}")
    return layer


def layer_name(layer: ServiceLayer | str, value: TimeValue | str | None = None, tile_id: str | None = None,
               protocol: str = "", same_day_index: int | None = None) -> str:
    """'NDVI 2018-02-25 31UFS (WMTS)': the layer's title (or name), the day, the tile, the protocol; with the time
    of day when the day has several acquisitions (same_day_index given)."""
    title = layer if isinstance(layer, str) else (layer.title or layer.name)
    parts = [title]
    if isinstance(value, TimeValue):
        parts.append(value.when.strftime("%Y-%m-%d %H:%M UTC") if same_day_index is not None else value.when.strftime("%Y-%m-%d"))
    elif value:
        parts.append(str(value))
    if tile_id:
        parts.append(tile_id)
    if protocol:
        parts.append(f"({protocol})")
    return " ".join(parts)


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
        raise ValueError(f"the WMTS layer {layer.name!r} has no tile matrix set")
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
        raise ValueError("the service has no WMTS")
    layer = _layer(model, name)
    tms, crs = _pick_tile_matrix_set(model, layer, tile_matrix_set)
    text = spelled_for(layer, WMTS, value)
    if text is not None and not sendable_to_wmts(text):
        raise SourceError(QT_TRANSLATE_NOOP(
            "@default", "The WMTS writes the date {value} in a form QGIS cannot send to it (a time zone offset): add the "
                        "layer as WMS instead."), value=text)
    return wmts_source(model.wmts.url, name, time_value=text,
                       style=style or layer.default_style or "default", tile_matrix_set=tms,
                       image_format=_pick_format(layer.formats), crs=crs, authcfg=authcfg)


def wmts_layer(model: ServiceModel, name: str, value: TimeValue | str | None, *, style: str | None = None,
               tile_matrix_set: str | None = None, authcfg: str = "", tile_id: str | None = None,
               display_name: str = ""):
    """A WMTS QgsRasterLayer of one TIME value (sent verbatim). Check layer.isValid()."""
    from qgis.core import QgsRasterLayer

    source = wmts_layer_source(model, name, value, style=style, tile_matrix_set=tile_matrix_set, authcfg=authcfg)
    return QgsRasterLayer(source, display_name or layer_name(_layer(model, name), value, tile_id, WMTS), "wms")


def _wms_url(model: ServiceModel) -> str:
    if model.wms is None:
        raise ValueError("the service has no WMS")
    return model.wms.url


def wms_layer_source(model: ServiceModel, name: str, value: TimeValue | str | None, *, style: str | None = None,
                     crs: str = "EPSG:3857", authcfg: str = "") -> str:
    """The provider source of a WMS layer with a fixed TIME (in the WMS's spelling)."""
    layer = _layer(model, name)
    text = spelled_for(layer, WMS, value)
    return wms_source(_wms_url(model), name, time_value=None if text is None else for_wms(text),
                      style=style if style is not None else "",
                      image_format=_pick_format(model.wms.formats if model.wms else ()), crs=crs, authcfg=authcfg)


def wms_layer(model: ServiceModel, name: str, value: TimeValue | str | None, *, style: str | None = None,
              crs: str = "EPSG:3857", authcfg: str = "", tile_id: str | None = None, display_name: str = ""):
    """A WMS QgsRasterLayer with a fixed TIME (a static layer)."""
    from qgis.core import QgsRasterLayer

    source = wms_layer_source(model, name, value, style=style, crs=crs, authcfg=authcfg)
    return QgsRasterLayer(source, display_name or layer_name(_layer(model, name), value, tile_id, WMS), "wms")


def wmst_layer_source(model: ServiceModel, name: str, *, values: list[TimeValue | str] | None = None,
                      style: str | None = None, crs: str = "EPSG:3857", authcfg: str = "") -> str:
    """The provider source of a WMS-T layer over `values` (default: all the layer's WMS values), in time order."""
    layer = _layer(model, name)
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


def wmst_layer(model: ServiceModel, name: str, *, values: list[TimeValue] | None = None, style: str | None = None,
               crs: str = "EPSG:3857", authcfg: str = "", tile_id: str | None = None, display_name: str = ""):
    """A WMS-T QgsRasterLayer: the Temporal Controller drives TIME (over `values`, default all the layer's WMS values)."""
    from qgis.core import QgsRasterLayer

    source = wmst_layer_source(model, name, values=values, style=style, crs=crs, authcfg=authcfg)
    result = QgsRasterLayer(source, display_name or layer_name(_layer(model, name), None, tile_id, "WMS-T"), "wms")
    follow_acquisitions(result)
    return result


def follow_acquisitions(layer) -> None:
    """Let a temporal WMS layer show, for each Temporal Controller frame, the last acquisition up to the frame's end.

    By default QGIS 3.22 sends the frame's start (a day at 00:00:00Z), which matches no acquisition: MapServer then
    silently answers with its default image."""
    from qgis.core import QgsRasterDataProviderTemporalCapabilities

    if layer.isValid():
        layer.temporalProperties().setIntervalHandlingMethod(QgsRasterDataProviderTemporalCapabilities.FindClosestMatchToEndOfRange)


def temporal_wmts_layer(model: ServiceModel, name: str, *, style: str | None = None, tile_matrix_set: str | None = None,
                        authcfg: str = "", tile_id: str | None = None, display_name: str = ""):
    """A WMTS QgsRasterLayer that follows the Temporal Controller: QGIS >= 3.28 only (see supports_temporal_wmts())."""
    from qgis.core import QgsRasterLayer

    if model.wmts is None:
        raise ValueError("the service has no WMTS")
    layer = _layer(model, name)
    tms, crs = _pick_tile_matrix_set(model, layer, tile_matrix_set)
    source = temporal_wmts_source(model.wmts.url, name, style=style or layer.default_style or "default", tile_matrix_set=tms,
                                  image_format=_pick_format(layer.formats), crs=crs, authcfg=authcfg)
    result = QgsRasterLayer(source, display_name or layer_name(layer, None, tile_id, "WMTS-T"), "wms")
    follow_acquisitions(result)
    return result


def add_to_group(layer, project=None, group_name: str | None = None, on_top: bool = True):
    """Add a layer to the project inside the plugin's group (made at the top of the layer tree when missing);
    returns the QgsLayerTreeLayer."""
    from qgis.core import QgsProject

    from ...toolbelt.i18n import tr

    project = project or QgsProject.instance()
    root = project.layerTreeRoot()
    name = group_name or tr(GROUP_NAME)
    group = root.findGroup(name)
    if group is None:
        group = root.insertGroup(0, name)
    project.addMapLayer(layer, False)
    return group.insertLayer(0, layer) if on_top else group.addLayer(layer)
