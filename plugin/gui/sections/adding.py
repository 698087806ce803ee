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
            self.dock.add_button.setText(tr("Add %n layer(s)", None, count))
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
            label = tr("%n date(s)", None, len(listed))
            return [temporal_layer_spec(model, layer.name, [entry.value for entry in listed], label=label, tile_id=tile_id,
                                        protocol=self.layer.kind(), authcfg=authcfg)]
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
        except PluginError as error:  # a layer or a value the service's own document does not allow: its own words
            self.status.say(error.short_text(), error=True, detail=error.detail)
            return None
        if not specs:
            return None
        task = BuildLayersTask(specs, tr("Terrascope: adding %n layer(s)", None, len(specs)))
        task.built.connect(self._built)
        task.failed.connect(self._failed)
        self.dock.add_button.setEnabled(False)
        task.taskCompleted.connect(lambda: self.dock.add_button.setEnabled(True))
        task.taskTerminated.connect(lambda: self.dock.add_button.setEnabled(True))
        return self.status.run(task, tr("Adding %n layer(s)…", None, len(specs)))

    def _built(self, built: list) -> None:
        """Add the layers the task built (a list of (LayerSpec, QgsRasterLayer)), or update the chosen one."""
        if self.closed:
            return
        project = QgsProject.instance()
        was_empty = not project.mapLayers()
        self.last_added_ids = add_layers(built, project, Settings.load().replace_layer_on_add, self.iface.activeLayer())
        if any(spec.temporal for spec, _ in built):
            drive_temporal_controller(self.iface.mapCanvas().temporalController(),
                                      (entry.date for entry in self.dates.listed_entries()))
            show_temporal_controller(self.iface)
        self._settle_canvas()
        self.tile.zoom_to_tile()
        if self.last_added_ids:
            self.iface.setActiveLayer(project.mapLayer(self.last_added_ids[0]))
        self.status.say(tr("%n layer(s) added to the map.", None, len(built)))
        if was_empty:  # the first layers of a project: QGIS's own basemap offered (issue 13 item 12)
            from ..basemap import offer_basemap

            offer_basemap(self.iface, project)

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
        self.status.say(tr("The layer could not be added: press Refresh and try again, or choose WMS."), error=True,
                        detail=reason)

    def close(self) -> None:
        self.closed = True


TEMPORAL_CONTROLLER = "Temporal Controller"  # the object name QGIS gives its Temporal Controller panel


def show_temporal_controller(iface) -> bool:
    """Open QGIS's Temporal Controller panel (View > Panels), which steps through a temporal layer's dates."""
    from qgis.PyQt.QtWidgets import QDockWidget

    panel = iface.mainWindow().findChild(QDockWidget, TEMPORAL_CONTROLLER) if iface.mainWindow() else None
    if panel is None:
        return False
    if hasattr(panel, "setUserVisible"):  # QgsDockWidget: shown and raised, as its menu entry does
        panel.setUserVisible(True)
    else:
        panel.show()
        panel.raise_()
    return True

