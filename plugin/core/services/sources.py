"""Source strings for QGIS's `wms` provider (WMTS, WMS with a fixed TIME, WMS-T driven by the Temporal Controller).

    wmts_source(caps_url, "CGS_S2_NDVI", time_value="2018-02-25T10:50:18.000Z", tile_matrix_set="g3857")
    wms_source(wms_url, "CGS_S2_NDVI", time_value="2018-02-25T10:50:18.000Z")
    wmst_source(wms_url, "CGS_S2_NDVI", time_values=[...])
    temporal_wmts_source(...)      # QGIS >= 3.28 only (supports_temporal_wmts())

Every value goes through QgsDataSourceUri.setParam() and encodedUri(), which percent-encodes it: a layer name or a
TIME value with `&`, `=`, spaces or quotes cannot add or change a parameter. The TIME value put inside the WMS url is
percent-encoded once more (the url itself is a parameter). `tileDimensions` holds `name=value;name=value`, so a TIME
value with `;` or `=` cannot be expressed there and is refused (SourceError); OGC TIME values never contain them.
The authcfg id goes in the source when set; a password never does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from ..errors import PluginError
from ..text import QT_TRANSLATE_NOOP

WMTS_CRS_DEFAULT = "EPSG:3857"


class SourceError(PluginError, ValueError):
    """A value that cannot be put in a provider source."""


def _with_query(url: str, wanted: dict[str, str], replace: bool = False) -> str:
    """The url with the wanted query parameters added (case-insensitive keys; existing ones kept unless replace)."""
    parts = urlsplit(url.strip())
    items = parse_qsl(parts.query, keep_blank_values=True)
    present = {key.upper() for key, _ in items}
    if replace:
        items = [(key, value) for key, value in items if key.upper() not in {k.upper() for k in wanted}]
        present = set()
    items += [(key, value) for key, value in wanted.items() if key.upper() not in present]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(items, quote_via=quote, safe=",:/"), parts.fragment))


def wmts_capabilities_url(url: str) -> str:
    """A WMTS GetCapabilities url QGIS accepts: it must say SERVICE=WMTS or end in WMTSCapabilities.xml (a bare
    .../mapcache/wmts makes QGIS ask for WMS capabilities, which MapCache refuses)."""
    url = url.strip()
    if not url:
        return url
    if urlsplit(url).path.lower().endswith(".xml"):
        return url
    return _with_query(url, {"SERVICE": "WMTS", "REQUEST": "GetCapabilities"})


def wms_capabilities_url(url: str, version: str = "1.3.0") -> str:
    """The GetCapabilities url of a WMS base url (its own parameters, e.g. MapServer's map=, kept)."""
    return _with_query(url, {"SERVICE": "WMS", "REQUEST": "GetCapabilities", "VERSION": version})


def wms_base_url(url: str) -> str:
    """A WMS url without the request parameters QGIS adds itself (SERVICE, REQUEST, VERSION, TIME...)."""
    parts = urlsplit(url.strip())
    drop = {"SERVICE", "REQUEST", "VERSION", "TIME", "LAYERS", "STYLES", "FORMAT", "CRS", "SRS", "BBOX", "WIDTH", "HEIGHT"}
    items = [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if key.upper() not in drop]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(items, quote_via=quote, safe=",:/"), parts.fragment))


@lru_cache(maxsize=1)
def _percent_needs_escaping() -> bool:
    """QGIS 3.22's encodedUri() leaves a '%XX' in a value as it is, so it comes back decoded ('a%26b' -> 'a&b');
    then every '%' must be written '%25' first. Checked once at run time, in case a later QGIS encodes it itself."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri()
    uri.setParam("v", "%26")
    back = QgsDataSourceUri()
    back.setEncodedUri(bytes(uri.encodedUri()).decode("ascii"))
    return back.param("v") != "%26"


def _encode(params: Iterable[tuple[str, str]]) -> str:
    from qgis.core import QgsDataSourceUri

    escape = _percent_needs_escaping()
    uri = QgsDataSourceUri()
    for key, value in params:
        if value is None:
            continue
        value = str(value)
        uri.setParam(key, value.replace("%", "%25") if escape else value)
    return bytes(uri.encodedUri()).decode("ascii")


def _check_plain(value: str, what: str) -> str:
    value = str(value)
    if not value.strip():
        raise SourceError(QT_TRANSLATE_NOOP("@default", "The {what} is empty."), what=what)
    if any(ord(char) < 32 for char in value):
        raise SourceError(QT_TRANSLATE_NOOP(
            "@default", "The {what} holds control characters: {value}"), what=what, value=repr(value))
    return value


# What an OGC TIME value is made of (ISO 8601 instants, periods and intervals: 2018-02-25T10:50:18.000Z, P1D, a/b).
# QGIS 3.22's WMS provider decodes the url's query before it adds its own parameters, so a '&' or '?' in a TIME
# value would reach the server as an extra parameter (TIME=&x sent as TIME= and x), and a '+' as a space
# (2018-02-25T10:50:18+01:00 arrives as 2018-02-25T10:50:18 01:00). Terrascope's values are all UTC ('Z').
_TIME_TEXT = re.compile(r"[0-9A-Za-z:.\-/_]+")


def is_time_text(value: str) -> bool:
    """Whether a TIME value can be sent as it is (see _TIME_TEXT)."""
    return bool(_TIME_TEXT.fullmatch(str(value)))


def _check_time(value: str) -> str:
    value = _check_plain(value, "TIME value")
    if not is_time_text(value):
        raise SourceError(QT_TRANSLATE_NOOP(
            "@default", "A TIME value holds only letters, digits and ':', '.', '-', '/', '_': {value}"), value=repr(value))
    return value


def _common(layer: str, style: str, image_format: str, crs: str, authcfg: str) -> list[tuple[str, str]]:
    params = [("contextualWMSLegend", "0"), ("crs", _check_plain(crs, "CRS")), ("dpiMode", "7"),
              ("format", _check_plain(image_format, "image format")), ("layers", _check_plain(layer, "layer name")),
              ("styles", style or "")]
    if authcfg:
        params.append(("authcfg", _check_plain(authcfg, "authentication configuration id")))
    return params


def wmts_source(capabilities_url: str, layer: str, *, time_value: str | None = None, style: str = "default",
                tile_matrix_set: str = "g3857", image_format: str = "image/png", crs: str = WMTS_CRS_DEFAULT,
                authcfg: str = "") -> str:
    """A WMTS layer for one TIME value, sent verbatim as tileDimensions=TIME=<value>."""
    params = _common(layer, style, image_format, crs, authcfg)
    params += [("tileMatrixSet", _check_plain(tile_matrix_set, "tile matrix set"))]
    if time_value is not None:
        value = _check_time(time_value)
        if ";" in value or "=" in value:
            raise SourceError(QT_TRANSLATE_NOOP(
                "@default", "A WMTS TIME value cannot hold ';' or '=': {value}"), value=repr(value))
        params.append(("tileDimensions", f"TIME={value}"))
    params.append(("url", wmts_capabilities_url(_check_plain(capabilities_url, "capabilities url"))))
    return _encode(params)


def wms_source(url: str, layer: str, *, time_value: str | None = None, style: str = "", image_format: str = "image/png",
               crs: str = "EPSG:3857", authcfg: str = "") -> str:
    """A WMS layer with a fixed TIME (a static layer: the Temporal Controller does not change it)."""
    base = wms_base_url(_check_plain(url, "WMS url"))
    if time_value is not None:
        base = _with_query(base, {"TIME": _check_time(time_value)}, replace=True)
    params = _common(layer, style, image_format, crs, authcfg)
    # GetMap, GetFeatureInfo and the legend (QGIS takes GetLegendGraphic from the url too with IgnoreGetMapUrl) to the
    # url we were given (with its TIME), never to the addresses the capabilities advertise: those could be another
    # server, which would receive the layer's login
    params += [("IgnoreGetFeatureInfoUrl", "1"), ("IgnoreGetMapUrl", "1"), ("url", base)]
    return _encode(params)


def wmst_source(url: str, layer: str, *, time_values: Iterable[str], style: str = "", image_format: str = "image/png",
                crs: str = "EPSG:3857", authcfg: str = "") -> str:
    """A WMS-T layer: QGIS sends TIME itself, following the Temporal Controller (`temporalSource=provider`)."""
    values = [_check_time(value) for value in time_values]
    if not values:
        raise SourceError(QT_TRANSLATE_NOOP("@default", "A WMS-T layer needs at least one TIME value."))
    if any("," in value for value in values):
        raise SourceError(QT_TRANSLATE_NOOP("@default", "A TIME value in a WMS-T extent cannot hold ','."))
    params = _common(layer, style, image_format, crs, authcfg)
    params += [("IgnoreGetFeatureInfoUrl", "1"), ("IgnoreGetMapUrl", "1"), ("allowTemporalUpdates", "true"),
               ("temporalSource", "provider"),
               ("timeDimensionExtent", ",".join(values)), ("type", "wmst"), ("url", wms_base_url(_check_plain(url, "WMS url")))]
    return _encode(params)


def supports_temporal_wmts() -> bool:
    """QGIS 3.28 and later let the Temporal Controller drive a WMTS layer's TIME dimension."""
    from qgis.core import Qgis

    return Qgis.QGIS_VERSION_INT >= 32800


def temporal_wmts_source(capabilities_url: str, layer: str, *, style: str = "default", tile_matrix_set: str = "g3857",
                         image_format: str = "image/png", crs: str = WMTS_CRS_DEFAULT, authcfg: str = "") -> str:
    """A WMTS layer whose TIME follows the Temporal Controller (QGIS >= 3.28; raises SourceError before)."""
    if not supports_temporal_wmts():
        raise SourceError(QT_TRANSLATE_NOOP("@default", "Temporal WMTS layers need QGIS 3.28 or later."))
    params = _common(layer, style, image_format, crs, authcfg)
    params += [("allowTemporalUpdates", "true"), ("temporalSource", "provider"),
               ("tileMatrixSet", _check_plain(tile_matrix_set, "tile matrix set")),
               ("url", wmts_capabilities_url(_check_plain(capabilities_url, "capabilities url")))]
    return _encode(params)


def source_params(source: str) -> dict[str, str]:
    """The parameters of a provider source, decoded as QGIS decodes them (for tests and for reading a layer back)."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri()
    uri.setEncodedUri(source)
    keys = dict.fromkeys(part.split("=", 1)[0] for part in source.split("&") if part)
    return {unquote(key): uri.param(unquote(key)) for key in keys}
