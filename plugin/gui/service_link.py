"""What the panel needs from the map service, in one place: its layers (with their dates), provider source strings,
and the tasks that fetch capabilities and build layers. The panel talks only to this module.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

from qgis.core import QgsApplication, QgsNetworkAccessManager, QgsTask
from qgis.PyQt.QtCore import QEventLoop, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..core.layer_task import BuildLayersTask, LayerSpec
from ..core.settings import Settings
from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.log import log

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
    from ..core.sources import wms_capabilities_url, wmts_capabilities_url

    urls = (wmts_capabilities_url(service.wmts_url) if service.wmts_url else "",
            wms_capabilities_url(service.wms_url) if service.wms_url else "")
    task = CapabilitiesTask(tr("Terrascope: reading the service's layers"), *urls, settings.authcfg, settings.network_timeout_s)
    task.ready.connect(on_ready)
    task.failed.connect(lambda reason: on_failed(tr(reason)))
    return _run(task)


def layer_source(settings: Settings, layer: ServiceLayer, kind: str, value: str) -> str:
    """The provider source of one date of a layer, as WMTS tiles or a WMS image (the services core's strings)."""
    from ..core.sources import wms_source, wmts_source

    service = settings.service()
    if kind == "wmts":
        return wmts_source(service.wmts_url, layer.name, time_value=_value_for(layer, "WMTS", value),
                           style=layer.extra.get("wmts_style", "default"),
                           tile_matrix_set=layer.extra.get("tile_matrix_set", "g3857"),
                           crs=layer.extra.get("tile_crs", "EPSG:3857"), authcfg=settings.authcfg)
    return wms_source(service.wms_url, layer.name, time_value=_value_for(layer, "WMS", value), authcfg=settings.authcfg)


def temporal_source(settings: Settings, layer: ServiceLayer, values: list[str]) -> str:
    """A WMS-T source with the given TIME values: the Temporal Controller chooses the one drawn."""
    from ..core.sources import wmst_source

    return wmst_source(settings.service().wms_url, layer.name, authcfg=settings.authcfg,
                       time_values=sorted(_value_for(layer, "WMS", value) for value in values))


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
        self.layers: list[ServiceLayer] = []
        self.error = ""

    def _fetch(self, url: str) -> bytes:
        """GET url through QGIS's network stack (proxy, SSL, cache, authcfg), in this worker thread; a cancel aborts it
        within 50 ms, whenever it comes."""
        request = QNetworkRequest(QUrl(url))
        request.setTransferTimeout(self.timeout_ms)
        if self.authcfg and not QgsApplication.authManager().updateNetworkRequest(request, self.authcfg):
            raise OSError(f"authentication configuration {self.authcfg} could not be applied")
        reply = QgsNetworkAccessManager.instance().get(request)
        loop = QEventLoop()
        reply.finished.connect(loop.quit)
        watch = QTimer()
        watch.timeout.connect(lambda: reply.abort() if self.isCanceled() else None)
        watch.start(50)
        if not reply.isFinished():
            loop.exec()
        watch.stop()
        try:
            if reply.error() != QNetworkReply.NoError:
                raise OSError(reply.errorString())
            return bytes(reply.readAll())
        finally:
            reply.deleteLater()

    def run(self) -> bool:
        from ..core.capabilities import (
            WMS,
            WMTS,
            CapabilitiesError,
            ServiceModel,
            parse_wms_capabilities,
            parse_wmts_capabilities,
        )

        parsed, errors = {}, {}
        for number, (protocol, parse) in enumerate(((WMTS, parse_wmts_capabilities), (WMS, parse_wms_capabilities))):
            url = self.urls[protocol.lower()]
            if not url or self.isCanceled():
                continue
            try:
                parsed[protocol] = parse(self._fetch(url), url)
            except OSError as error:
                errors[protocol] = f"{protocol}: {error}"
            except CapabilitiesError as error:
                errors[protocol] = f"{protocol}: {error.user_text()}"
            except Exception as error:  # noqa: BLE001 - a parser bug must reach the user as a reason, not end the task mute
                log(f"reading the {protocol} capabilities of {url} failed:\n{traceback.format_exc()}", "warning")
                errors[protocol] = f"{protocol}: {type(error).__name__}: {error}"
            self.setProgress(45 * (number + 1))
        if self.isCanceled():
            return False
        model = ServiceModel.merge(parsed.get(WMTS), parsed.get(WMS), errors)
        self.layers = dock_layers(model)
        if not self.layers:
            self.error = "; ".join(errors.values()) or NO_LAYERS
            return False
        return True

    def finished(self, result: bool) -> None:
        if result:
            self.ready.emit(self.layers)
        elif not self.isCanceled():
            self.failed.emit(self.error)


NO_LAYERS = QT_TRANSLATE_NOOP("@default", "the service lists no Sentinel-2 (CGS_S2) layers")


def dock_layers(model) -> list[ServiceLayer]:
    """The panel's view of the services core's ServiceModel: the CGS_S2 layers that have dates, with the dates of WMTS
    when it offers the layer (the panel's default), else of WMS; each protocol keeps its own spelling of the values."""
    from ..core.capabilities import WMS, WMTS
    from ..core.timeline import date_entries

    matrix_sets = dict(model.wmts.tile_matrix_sets) if model.wmts is not None else {}
    layers = []
    for name in model.layer_names(with_time_only=True):
        layer = model.layers[name]
        if not name.upper().startswith("CGS_S2") or layer.is_group:
            continue
        wmts, wms = layer.times.get(WMTS), layer.times.get(WMS)
        sets = [s for s in layer.tile_matrix_sets if matrix_sets.get(s) == "EPSG:3857"] or list(layer.tile_matrix_sets)
        tile_set = sets[0] if sets else "g3857"
        has_wmts = WMTS in layer.protocols and bool(wmts)
        shown = wmts if has_wmts else wms
        layers.append(ServiceLayer(
            name, layer.title, layer.abstract, tuple(shown.texts if shown else ()), has_wmts, WMS in layer.protocols,
            tuple(wmts.texts if wmts else ()), tuple(wms.texts if wms else ()),
            {"entries": date_entries(shown.texts if shown else ()),  # made here, in the task: not on the GUI thread
             "wmts_style": layer.default_style or "default", "tile_matrix_set": tile_set,
             "tile_crs": matrix_sets.get(tile_set) or "EPSG:3857", WMTS: wmts, WMS: wms}))
    return layers


def _value_for(layer: ServiceLayer, protocol: str, value: str) -> str:
    """The value as the protocol spells it (WMTS and WMS may write one instant differently; MapCache wants its own)."""
    dimension = layer.extra.get(protocol)
    found = dimension.find(value) if dimension is not None else None
    return found.text if found is not None else value
