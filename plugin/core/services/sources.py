"""Source strings for QGIS's `wms` provider (WMTS, WMS with a fixed TIME, WMS-T driven by the Temporal Controller).

    wmts_source(caps_url, "CGS_S2_NDVI", time_value="2018-02-25T10:50:18.000Z", tile_matrix_set="g3857")
    wms_source(wms_url, "CGS_S2_NDVI", time_value="2018-02-25T10:50:18.000Z")
    wmst_source(wms_url, "CGS_S2_NDVI", time_values=[...])
    temporal_wmts_source(...)      # QGIS >= 3.28, for TIME values it sends as advertised (temporal_wmts_can_ask)

Every value goes through QgsDataSourceUri.setParam() and encodedUri(), which percent-encodes it: a layer name or a
TIME value with `&`, `=`, spaces or quotes cannot add or change a parameter. The TIME value put inside the WMS url is
percent-encoded once more (the url itself is a parameter). What a source cannot carry is refused (SourceError, naming
the value), on every QGIS version alike:
- `%` in a layer, style, CRS, format, tile matrix set or authcfg value: QGIS decodes a `%XX` it finds in a source
  (`a%26b` comes back as `a&b`), and from 3.34 reads the `%25` that encodedUri() writes for a `%` as `%25`;
- in a url, a `%XX` that stands for a character that splits it (`%26` is `&`, `%3F` `?`, `%23` `#`), `%2B` ('+') or
  a `%` that starts none: QGIS gives the provider the url decoded once (`%20` as a space, which it encodes back
  when it asks, `%3D` as a `=` that a server reads in a value as before);
- `;` or `=` in a WMTS TIME value: `tileDimensions` holds `name=value;name=value` (OGC TIME values never contain them).
The authcfg id goes in the source when set; a password never does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
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


def _encode(params: Iterable[tuple[str, str]]) -> str:
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri()
    for key, value in params:
        if value is not None:
            uri.setParam(key, str(value))
    return bytes(uri.encodedUri()).decode("ascii")


def _check_plain(value: str, what: str) -> str:
    value = str(value)
    if not value.strip():
        raise SourceError(QT_TRANSLATE_NOOP("@default", "The {what} is empty."), what=what)
    if any(ord(char) < 32 for char in value):
        raise SourceError(QT_TRANSLATE_NOOP(
            "@default", "The {what} holds control characters: {value}"), what=what, value=repr(value))
    return value


def _check_value(value: str, what: str, *, optional: bool = False) -> str:
    """A value of the source other than a url: `%` cannot be carried (see the module's docstring)."""
    value = str(value)
    if not (optional and not value):
        _check_plain(value, what)
    if "%" in value:
        raise SourceError(QT_TRANSLATE_NOOP(
            "@default", "The {what} {value} holds '%', which QGIS cannot keep in a layer source: QGIS 3.34 and later "
                        "read it back changed."), what=what, value=repr(value))
    return value


# A %XX in a url that QGIS can decode without changing the request: not one that stands for a character that splits
# a url into its parts or its query into parameters, or that a server reads as something else ('+' as a space, '%').
_URL_SPLITTERS = set("?#&+%")
_PERCENT = re.compile(r"%(?:([0-9A-Fa-f]{2}))?")


def _check_url(url: str, what: str = "WMS url", given: str = "") -> str:
    """The url (as the plugin writes it from the one `given`), refused when QGIS would not keep what it says."""
    url = _check_plain(url, what)
    for text in (given, url):  # named in the user's own spelling where the fault is already there
        for found in _PERCENT.finditer(text):
            if found.group(1) is None or chr(int(found.group(1), 16)) in _URL_SPLITTERS:
                raise SourceError(QT_TRANSLATE_NOOP(
                    "@default", "The {what} {value} holds '{escape}', which QGIS cannot keep in a layer source: it "
                                "would reach the server changed."), what=what, value=given or url, escape=found.group(0))
    return url


def _capabilities_url_param(url: str) -> str:
    return _check_url(wmts_capabilities_url(_check_plain(url, "capabilities url")), "capabilities url", url)


def _wms_url_param(url: str) -> str:
    return _check_url(wms_base_url(_check_plain(url, "WMS url")), given=url)


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
    params = [("contextualWMSLegend", "0"), ("crs", _check_value(crs, "CRS")), ("dpiMode", "7"),
              ("format", _check_value(image_format, "image format")), ("layers", _check_value(layer, "layer name")),
              ("styles", _check_value(style or "", "style", optional=True))]
    if authcfg:
        params.append(("authcfg", _check_value(authcfg, "authentication configuration id")))
    return params


def wmts_source(capabilities_url: str, layer: str, *, time_value: str | None = None, style: str = "default",
                tile_matrix_set: str = "g3857", image_format: str = "image/png", crs: str = WMTS_CRS_DEFAULT,
                authcfg: str = "") -> str:
    """A WMTS layer for one TIME value, sent verbatim as tileDimensions=TIME=<value>."""
    params = _common(layer, style, image_format, crs, authcfg)
    params += [("tileMatrixSet", _check_value(tile_matrix_set, "tile matrix set"))]
    if time_value is not None:
        value = _check_time(time_value)
        if ";" in value or "=" in value:
            raise SourceError(QT_TRANSLATE_NOOP(
                "@default", "A WMTS TIME value cannot hold ';' or '=': {value}"), value=repr(value))
        params.append(("tileDimensions", f"TIME={value}"))
    params.append(("url", _capabilities_url_param(capabilities_url)))
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
    params += [("IgnoreGetFeatureInfoUrl", "1"), ("IgnoreGetMapUrl", "1"), ("url", _check_url(base, given=url))]
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
               ("temporalSource", "provider"), ("timeDimensionExtent", ",".join(values)), ("type", "wmst"),
               ("url", _wms_url_param(url))]
    return _encode(params)


def supports_temporal_wmts() -> bool:
    """QGIS 3.28 and later let the Temporal Controller drive a WMTS layer's TIME dimension."""
    from qgis.core import Qgis

    return Qgis.QGIS_VERSION_INT >= 32800


_DATE_ONLY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def temporal_wmts_can_ask(time_values: Iterable[str]) -> bool:
    """Whether a temporal WMTS layer would ask for these TIME values as the service writes them: QGIS 3.28 and later
    send a frame's time in a format of their own, which is the advertised text for date-only values (2019-03-02), not
    for date-times (for 2018-02-25T10:50:18.000Z QGIS sends TIME=20180225, and MapCache answers HTTP 400)."""
    values = list(time_values)
    return supports_temporal_wmts() and bool(values) and all(_DATE_ONLY.fullmatch(value) for value in values)


def temporal_wmts_source(capabilities_url: str, layer: str, *, style: str = "default", tile_matrix_set: str = "g3857",
                         image_format: str = "image/png", crs: str = WMTS_CRS_DEFAULT, authcfg: str = "") -> str:
    """A WMTS layer whose TIME follows the Temporal Controller (QGIS >= 3.28; raises SourceError before)."""
    if not supports_temporal_wmts():
        raise SourceError(QT_TRANSLATE_NOOP("@default", "Temporal WMTS layers need QGIS 3.28 or later."))
    params = _common(layer, style, image_format, crs, authcfg)
    params += [("allowTemporalUpdates", "true"), ("temporalSource", "provider"),
               ("tileMatrixSet", _check_value(tile_matrix_set, "tile matrix set")),
               ("url", _capabilities_url_param(capabilities_url))]
    return _encode(params)


def source_params(source: str) -> dict[str, str]:
    """The parameters of a provider source, decoded as QGIS decodes them (for tests and for reading a layer back)."""
    from qgis.core import QgsDataSourceUri

    uri = QgsDataSourceUri()
    uri.setEncodedUri(source)
    keys = dict.fromkeys(part.split("=", 1)[0] for part in source.split("&") if part)
    return {unquote(key): uri.param(unquote(key)) for key in keys}
