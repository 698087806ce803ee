"""Putting the service's layers into a project: in the plugin's one group, marked with what they show, or updating one.

    ids = add_layers(built, project, replace=settings.replace_layer_on_add, active=iface.activeLayer())

`built` is what layer_task.BuildLayersTask made: [(LayerSpec, QgsRasterLayer)]. Call on the GUI thread.
"""

from __future__ import annotations

from qgis.core import QgsDataProvider, QgsLayerTreeGroup, QgsMapLayer, QgsProject, QgsRasterLayer

from ...__about__ import PLUGIN_ID, TITLE
from .maplayers import LayerSpec

GROUP_NAME = TITLE  # one group for every service layer the plugin adds (not translated: it names the same group always)
LAYER_PROPERTY = f"{PLUGIN_ID}/layer"  # "service layer|tile" on the layers the plugin adds
TIME_PROPERTY = f"{PLUGIN_ID}/time"  # the TIME value a layer shows ('' for a temporal layer)


def plugin_group(project: QgsProject) -> QgsLayerTreeGroup:
    """The plugin's group, made at the top of the layer tree when missing."""
    root = project.layerTreeRoot()
    return root.findGroup(GROUP_NAME) or root.insertGroup(0, GROUP_NAME)


def mark(layer: QgsMapLayer, spec: LayerSpec) -> None:
    """Say on the layer what it shows, and give it a legend (the server's, else the product's colour table)."""
    from ..products.legend import set_service_legend

    layer.setCustomProperty(LAYER_PROPERTY, f"{spec.layer}|{spec.tile_id}")
    layer.setCustomProperty(TIME_PROPERTY, spec.time)
    set_service_legend(layer, spec.layer)


def add_layers(built: list[tuple[LayerSpec, QgsRasterLayer]], project: QgsProject, replace: bool = False,
               active: QgsMapLayer | None = None) -> list[str]:
    """Add the layers on top of the plugin's group; with `replace` and one layer, the layer to update (see
    layer_to_update) gets the new source instead. Returns the ids of the layers added or updated, in order."""
    replace = replace and len(built) == 1
    group = plugin_group(project)
    ids = []
    for spec, layer in built:
        target = layer_to_update(spec, project, active) if replace else None
        if target is not None:
            target.setDataSource(layer.source(), spec.name, layer.providerType(), QgsDataProvider.ProviderOptions())
            mark(target, spec)
            target.triggerRepaint()
            ids.append(target.id())
            continue
        layer.setName(spec.name)
        mark(layer, spec)
        project.addMapLayer(layer, False)
        group.insertLayer(0, layer)
        ids.append(layer.id())
    return ids


def layer_to_update(spec: LayerSpec, project: QgsProject, active: QgsMapLayer | None = None) -> QgsMapLayer | None:
    """The layer that gets a new date: the active layer when the plugin added it, else the last one it added for the
    same service layer and tile."""
    if active is not None and active.customProperty(LAYER_PROPERTY):
        return active
    key = f"{spec.layer}|{spec.tile_id}"
    ours = [layer for layer in project.mapLayers().values() if layer.customProperty(LAYER_PROPERTY) == key]
    return ours[-1] if ours else None
