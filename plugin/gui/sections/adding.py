"""The add section: the chosen layer, tile and dates become map layers, built in a task and put in the plugin's group;
a temporal layer gets the Temporal Controller stepping through its dates."""

from __future__ import annotations

from qgis.core import QgsProject, QgsTask

from ...core.errors import PluginError
from ...core.services.maplayers import LayerSpec, layer_spec, temporal_layer_spec
from ...core.services.project_layers import add_layers
from ...core.services.temporal import drive_temporal_controller
from ...core.settings import Settings
from ...toolbelt.i18n import tr
from ...toolbelt.log import tell_user
from .dates import DatesSection
from .layer import LayerSection
from .section import Section
from .service import ServiceSection
from .tile import TileSection


class AddSection(Section):
    def __init__(self, dock, memory, status, iface, service: ServiceSection, layer: LayerSection, tile: TileSection,
                 dates: DatesSection):
        super().__init__(dock, memory, status)
        self.iface = iface
        self.service, self.layer, self.tile, self.dates = service, layer, tile, dates
        self.last_added_ids: list[str] = []  # the map layers added (or updated) by the last "Add to map"
        self.closed = False
        dock.add_button.clicked.connect(self.add_to_map)
        dates.choice_changed.connect(self.update_button)

    def update_button(self) -> None:
        count = len(self.dates.selected_entries())
        if self.dates.temporal:
            self.dock.add_button.setText(tr("Add temporal layer"))
        elif count > 1:
            self.dock.add_button.setText(tr("Add {count} layers").format(count=count))
        else:
            self.dock.add_button.setText(tr("Add to map"))

    def specs(self) -> list[LayerSpec] | None:
        """What to add for the current choice; None (with a message) when something is missing."""
        layer, tile_id = self.layer.current_layer(), self.tile.current_tile_id()
        if layer is None:
            self.status.say(tr("Choose a layer first (press Refresh when the list is empty)."), error=True)
            return None
        if tile_id is None:
            return None
        model, authcfg = self.service.model, self.settings.authcfg
        if self.dates.temporal:
            listed = self.dates.listed_entries()
            if not listed:
                self.status.say(tr("No dates in the range: widen it or press All."), error=True)
                return None
            label = f"{listed[-1].date.isoformat()}..{listed[0].date.isoformat()}"
            return [temporal_layer_spec(model, layer.name, [entry.value for entry in listed], label=label, tile_id=tile_id,
                                        authcfg=authcfg)]
        chosen = self.dates.selected_entries()
        if not chosen:
            self.status.say(tr("Choose a date in the list or the calendar."), error=True)
            return None
        return [layer_spec(model, layer.name, entry.value, label=entry.label, tile_id=tile_id, protocol=self.layer.kind(),
                           authcfg=authcfg) for entry in chosen]

    def add_to_map(self) -> QgsTask | None:
        """Build the chosen layers in a task; they are added to the project when it ends."""
        from ...core.services.layer_task import BuildLayersTask

        try:
            specs = self.specs()
        except PluginError as error:  # a layer or a value the service's own document does not allow
            self._failed(error.user_text())
            return None
        if not specs:
            return None
        task = BuildLayersTask(specs, tr("Terrascope: adding {count} layer(s)").format(count=len(specs)))
        task.built.connect(self._built)
        task.failed.connect(self._failed)
        self.dock.add_button.setEnabled(False)
        task.taskCompleted.connect(lambda: self.dock.add_button.setEnabled(True))
        task.taskTerminated.connect(lambda: self.dock.add_button.setEnabled(True))
        return self.status.run(task, tr("Adding {count} layer(s)…").format(count=len(specs)))

    def _built(self, built: list) -> None:
        """Add the layers the task built (a list of (LayerSpec, QgsRasterLayer)), or update the chosen one."""
        if self.closed:
            return
        project = QgsProject.instance()
        self.last_added_ids = add_layers(built, project, Settings.load().replace_layer_on_add, self.iface.activeLayer())
        if any(spec.temporal for spec, _ in built):
            drive_temporal_controller(self.iface.mapCanvas().temporalController(),
                                      (entry.date for entry in self.dates.listed_entries()))
        self._settle_canvas()
        self.tile.zoom_to_tile()
        if self.last_added_ids:
            self.iface.setActiveLayer(project.mapLayer(self.last_added_ids[0]))
        self.status.say(tr("{count} layer(s) added to the map.").format(count=len(built)))

    def _settle_canvas(self) -> None:
        """Let QGIS set the map up for the layers just added, now rather than later: for a project's first layers its
        layer-tree bridge chooses the CRS and zooms to their full extent (the whole world for a WMTS) in a deferred
        call, which used to come after the zoom to the tile and undo it."""
        bridge = self.iface.layerTreeCanvasBridge() if hasattr(self.iface, "layerTreeCanvasBridge") else None
        if bridge is not None:
            bridge.setCanvasLayers()

    def _failed(self, reason: str) -> None:
        if self.closed:
            return
        message = tr("Could not add the layer: {reason}. Press Refresh and try again, or try WMS instead of WMTS.").format(
            reason=reason)
        self.status.say(message, error=True)
        tell_user(message, "warning", self.iface)

    def close(self) -> None:
        self.closed = True
