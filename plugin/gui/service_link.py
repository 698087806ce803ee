"""What the panel needs from the map service, in one place: its layers (with their dates), provider source strings,
and the tasks that fetch capabilities and build layers. The panel talks only to this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from qgis.core import QgsApplication, QgsTask

from ..core.layer_task import BuildLayersTask, LayerSpec
from ..core.settings import Settings
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
    raise NotImplementedError


def layer_source(settings: Settings, layer: ServiceLayer, kind: str, value: str) -> str:
    raise NotImplementedError


def temporal_source(settings: Settings, layer: ServiceLayer, values: list[str]) -> str:
    raise NotImplementedError


def entries_of(layer: ServiceLayer) -> list[DateEntry]:
    from ..core.timeline import date_entries

    return date_entries(layer.times)
