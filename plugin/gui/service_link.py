"""What the panel needs from the map service, in one place: the services core's capabilities task (with the panel's view
of the model made in that task's thread), provider source strings, and the task that builds layers.

The panel uses the core's types (ServiceModel, ServiceLayer, TimeValue); this module only decides which layers the
panel lists and prepares what it shows, so that nothing per date runs on the GUI thread when the answer lands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from qgis.core import QgsApplication, QgsTask

from ..core.services.layer_task import BuildLayersTask, LayerSpec
from ..core.services.maplayers import sendable_to_wmts
from ..core.services.model import WMS, WMTS, ServiceLayer, ServiceModel
from ..core.services.timeline import DateEntries
from ..core.settings import Settings

__all__ = ["LayerSpec", "PanelView", "panel_view", "start_capabilities", "start_build", "layer_source", "temporal_source"]


@dataclass(frozen=True)
class LayerDates:
    """One layer's dates as the panel shows them: entries newest first, each made when the list shows its row; a
    range, a day or the calendar's page is found by bisection (DateEntries.between), so that the GUI thread does
    nothing per date."""

    entries: DateEntries = field(default_factory=DateEntries)


NO_DATES = LayerDates()


@dataclass(frozen=True)
class PanelView:
    """The service as the panel lists it: the core's layers (CGS_S2 layers that have dates, no group layers), sorted by
    title, and their dates."""

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


def listed(layer: ServiceLayer) -> bool:
    """A Sentinel-2 layer with dates of its own; group and root layers (e.g. the map's NAME) are not listed."""
    return layer.name.upper().startswith("CGS_S2") and not layer.is_group and layer.has_time


def layer_dates(layer: ServiceLayer) -> LayerDates:
    dimension = shown_dimension(layer)
    return LayerDates(DateEntries(dimension.texts, dimension.moments))


def panel_view(model: ServiceModel) -> PanelView:
    """The panel's view of a ServiceModel; runs in the capabilities task's thread (the `derive` hook)."""
    layers = sorted((layer for layer in model.layers.values() if listed(layer)),
                    key=lambda layer: ((layer.title or layer.name).lower(), layer.name))
    return PanelView(model, tuple(layers), {layer.name: layer_dates(layer) for layer in layers})


_running: set[QgsTask] = set()


def is_capabilities_task(task: QgsTask) -> bool:
    from ..core.services.capabilities_task import CapabilitiesTask

    return isinstance(task, CapabilitiesTask)


def forget(task: QgsTask) -> None:
    """Drop the panel's callbacks from a task (the plugin is being unloaded)."""
    for signal in ("loaded", "failed", "built"):
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
    task.failed.connect(on_failed)
    return _run(task)


def start_capabilities(settings: Settings, on_ready: Callable[[PanelView], None], on_failed: Callable[[str], None],
                       fresh: bool = False) -> QgsTask:
    """The services core's CapabilitiesTask; its `derive` hook makes the PanelView in the task's thread. `fresh`: past
    QGIS's network cache (the Refresh button)."""
    from ..core.services.capabilities_task import CapabilitiesTask, capabilities_timeout
    from ..toolbelt.i18n import tr

    task = CapabilitiesTask(settings.service(), authcfg=settings.authcfg,
                            timeout_s=capabilities_timeout(settings.network_timeout_s),
                            description=tr("Terrascope: reading the service's layers"), derive=panel_view,
                            fresh=fresh)
    task.loaded.connect(lambda model: on_ready(task.derived if isinstance(task.derived, PanelView) else panel_view(model)))
    task.failed.connect(on_failed)
    return _run(task)


def layer_source(settings: Settings, model: ServiceModel, name: str, kind: str, value: str) -> str:
    """The provider source of one date of a layer, as WMTS tiles or a WMS image (the services core's strings)."""
    from ..core.services.maplayers import wms_layer_source, wmts_layer_source

    if kind.upper() == WMTS:
        return wmts_layer_source(model, name, value, authcfg=settings.authcfg)
    return wms_layer_source(model, name, value, authcfg=settings.authcfg)


def temporal_source(settings: Settings, model: ServiceModel, name: str, values: list[str]) -> str:
    """A WMS-T source with the given TIME values: the Temporal Controller chooses the one drawn."""
    from ..core.services.maplayers import wmst_layer_source

    return wmst_layer_source(model, name, values=values, authcfg=settings.authcfg)
