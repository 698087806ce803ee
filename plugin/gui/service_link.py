"""What the panel needs from the map service, in one place: its layers (with their dates), provider source strings,
and the tasks that fetch capabilities and build layers. The panel talks only to this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from qgis.core import QgsApplication, QgsBlockingNetworkRequest, QgsDataSourceUri, QgsFeedback, QgsTask
from qgis.PyQt.QtCore import QUrl, pyqtSignal
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..core.layer_task import BuildLayersTask, LayerSpec
from ..core.settings import Settings
from ..core.text import QT_TRANSLATE_NOOP
from ..core.timeline import DateEntry

__all__ = ["LayerSpec", "ServiceLayer", "start_capabilities", "start_build", "layer_source", "temporal_source"]


@dataclass(frozen=True)
class ServiceLayer:
    name: str
    title: str
    abstract: str
    times: tuple[str, ...]  # TIME values as advertised
    has_wmts: bool
    has_wms: bool
    wmts_times: tuple[str, ...] = ()
    wms_times: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict, compare=False)


_running: set[QgsTask] = set()


def is_capabilities_task(task: QgsTask) -> bool:
    return getattr(task, "is_capabilities", False)


def forget(task: QgsTask) -> None:
    """Drop the panel's callbacks from a task (the plugin is being unloaded)."""
    for signal in ("ready", "failed", "built"):
        try:
            getattr(task, signal).disconnect()
        except (AttributeError, TypeError, RuntimeError):
            pass
    _running.discard(task)


def _run(task: QgsTask) -> QgsTask:
    _running.add(task)
    task.taskCompleted.connect(lambda: _running.discard(task))
    task.taskTerminated.connect(lambda: _running.discard(task))
    QgsApplication.taskManager().addTask(task)
    return task


def start_build(specs: list[LayerSpec], on_built: Callable[[list], None], on_failed: Callable[[str], None]) -> QgsTask:
    from ..toolbelt.i18n import tr

    task = BuildLayersTask(specs, tr("Terrascope: adding {count} layer(s)").format(count=len(specs)))
    task.built.connect(on_built)
    task.failed.connect(lambda reason: on_failed(tr(reason)))
    return _run(task)


def start_capabilities(settings: Settings, on_ready: Callable[[list], None], on_failed: Callable[[str], None]) -> QgsTask:
    from ..toolbelt.i18n import tr

    service = settings.service()
    task = CapabilitiesTask(tr("Terrascope: reading the service's layers"), service.wmts_url,
                            _wms_capabilities_url(service.wms_url), settings.authcfg, settings.network_timeout_s)
    task.ready.connect(on_ready)
    task.failed.connect(lambda reason: on_failed(tr(reason)))
    return _run(task)


def _with_query(url: str, query: str) -> str:
    return url + ("&" if "?" in url else "?") + query


def _wms_capabilities_url(wms_url: str) -> str:
    return _with_query(wms_url, "SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0") if wms_url else ""


def _encoded(params: dict[str, str]) -> str:
    uri = QgsDataSourceUri()
    for key, value in params.items():
        uri.setParam(key, value)
    return bytes(uri.encodedUri()).decode()


def layer_source(settings: Settings, layer: ServiceLayer, kind: str, value: str) -> str:
    """The provider source of one date of a layer, as WMTS tiles or a WMS image."""
    service = settings.service()
    params = {"crs": "EPSG:3857", "dpiMode": "7", "format": "image/png", "layers": layer.name}
    if settings.authcfg:
        params["authcfg"] = settings.authcfg
    if kind == "wmts":
        params.update(styles=layer.extra.get("wmts_style", "default"), tileMatrixSet=layer.extra.get("tile_matrix_set", "g3857"),
                      url=service.wmts_url, tileDimensions=f"TIME={value}")
    else:
        params.update(styles="", url=_with_query(service.wms_url, f"TIME={value}"))
    return _encoded(params)


def temporal_source(settings: Settings, layer: ServiceLayer, values: list[str]) -> str:
    """A WMS-T source with the given TIME values: the Temporal Controller chooses the one drawn."""
    service = settings.service()
    params = {"crs": "EPSG:3857", "dpiMode": "7", "format": "image/png", "layers": layer.name, "styles": "",
              "url": service.wms_url, "type": "wmst", "timeDimensionExtent": ",".join(sorted(values)),
              "allowTemporalUpdates": "true", "temporalSource": "provider"}
    if settings.authcfg:
        params["authcfg"] = settings.authcfg
    return _encoded(params)


class CapabilitiesTask(QgsTask):
    """Fetch the WMTS and WMS capabilities through QGIS's network stack and read the CGS_S2 layers, off the GUI thread."""

    ready = pyqtSignal(list)
    failed = pyqtSignal(str)
    is_capabilities = True

    def __init__(self, description: str, wmts_url: str, wms_url: str, authcfg: str, timeout_s: int):
        super().__init__(description, QgsTask.CanCancel)
        self.urls = {"wmts": wmts_url, "wms": wms_url}
        self.authcfg = authcfg
        self.timeout_ms = int(timeout_s * 1000)
        self.feedback = QgsFeedback()
        self.layers: list[ServiceLayer] = []
        self.error = ""

    def cancel(self) -> None:
        self.feedback.cancel()
        super().cancel()

    def _fetch(self, url: str) -> bytes:
        request = QNetworkRequest(QUrl(url))
        request.setTransferTimeout(self.timeout_ms)
        fetcher = QgsBlockingNetworkRequest()
        if self.authcfg:
            fetcher.setAuthCfg(self.authcfg)
        if fetcher.get(request, False, self.feedback) != QgsBlockingNetworkRequest.NoError:
            raise OSError(fetcher.errorMessage())
        return bytes(fetcher.reply().content())

    def run(self) -> bool:
        documents, errors = {}, []
        for number, (kind, url) in enumerate(self.urls.items()):
            if not url or self.isCanceled():
                continue
            try:
                documents[kind] = self._fetch(url)
            except OSError as error:
                errors.append(f"{kind.upper()}: {error}")
            self.setProgress(40 * (number + 1))
        if self.isCanceled():
            return False
        try:
            self.layers = merge_layers(parse_wmts(documents.get("wmts")), parse_wms(documents.get("wms")))
        except (SyntaxError, ValueError) as error:  # lxml's XMLSyntaxError is a SyntaxError
            errors.append(str(error))
        if not self.layers:
            self.error = "; ".join(errors) or NO_LAYERS
            return False
        return True

    def finished(self, result: bool) -> None:
        if result:
            self.ready.emit(self.layers)
        elif not self.isCanceled():
            self.failed.emit(self.error)


NO_LAYERS = QT_TRANSLATE_NOOP("@default", "the service lists no Sentinel-2 (CGS_S2) layers")
_OWS = "{http://www.opengis.net/ows/1.1}"
_WMTS = "{http://www.opengis.net/wmts/1.0}"
_WMS = "{http://www.opengis.net/wms}"


def _xml(document: bytes):
    """Parse a capabilities document without resolving entities or touching the network."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    return etree.fromstring(document, parser)  # nosec B320: entities and network access are off


def _is_s2(name: str) -> bool:
    return name.upper().startswith("CGS_S2")


def parse_wmts(document: bytes | None) -> dict[str, dict]:
    if not document:
        return {}
    layers = {}
    for layer in _xml(document).iter(f"{_WMTS}Layer"):
        name = layer.findtext(f"{_OWS}Identifier", "")
        if not _is_s2(name):
            continue
        times: list[str] = []
        for dimension in layer.iter(f"{_WMTS}Dimension"):
            if dimension.findtext(f"{_OWS}Identifier", "").upper() == "TIME":
                times = [value.text.strip() for value in dimension.iter(f"{_WMTS}Value") if value.text]
        style = layer.find(f"{_WMTS}Style/{_OWS}Identifier")
        link = layer.find(f"{_WMTS}TileMatrixSetLink/{_WMTS}TileMatrixSet")
        layers[name] = {"title": layer.findtext(f"{_OWS}Title", ""), "abstract": layer.findtext(f"{_OWS}Abstract", ""),
                        "times": times, "wmts_style": style.text if style is not None else "default",
                        "tile_matrix_set": link.text if link is not None else "g3857"}
    return layers


def parse_wms(document: bytes | None) -> dict[str, dict]:
    if not document:
        return {}
    root = _xml(document)
    ns = _WMS if root.tag.startswith(_WMS) else ""
    layers = {}
    for layer in root.iter(f"{ns}Layer"):
        name = layer.findtext(f"{ns}Name", "")
        if not _is_s2(name):
            continue
        times: list[str] = []
        for element in (*layer.findall(f"{ns}Dimension"), *layer.findall(f"{ns}Extent")):
            if element.get("name", "").lower() == "time" and element.text:
                times = [value.strip() for value in element.text.split(",") if value.strip() and "/" not in value]
        layers[name] = {"title": layer.findtext(f"{ns}Title", ""), "abstract": layer.findtext(f"{ns}Abstract", ""),
                        "times": times}
    return layers


def merge_layers(wmts: dict[str, dict], wms: dict[str, dict]) -> list[ServiceLayer]:
    """One ServiceLayer per name, WMTS's order first; dates from WMTS when it has the layer, else from WMS."""
    merged = []
    for name in dict.fromkeys([*wmts, *wms]):
        tiles, image = wmts.get(name), wms.get(name)
        first = tiles or image
        merged.append(ServiceLayer(
            name, first["title"] or (image or {}).get("title", ""), first["abstract"] or (image or {}).get("abstract", ""),
            tuple(first["times"] or (image or {}).get("times", [])), tiles is not None, image is not None,
            tuple((tiles or {}).get("times", [])), tuple((image or {}).get("times", [])),
            {key: (tiles or {}).get(key, default) for key, default in (("wmts_style", "default"), ("tile_matrix_set", "g3857"))}))
    return merged


def entries_of(layer: ServiceLayer) -> list[DateEntry]:
    from ..core.timeline import date_entries

    return date_entries(layer.times)
