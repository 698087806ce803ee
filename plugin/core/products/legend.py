"""The legend of a Terrascope layer: the product's name and unit over its colour table in physical units.

    set_colour_table_legend(layer, content_spec("FAPAR"))   # a styled product file
    set_service_legend(layer, "CGS_S2_FAPAR")               # a WMTS/WMS layer: the server's legend, else the table
    restore_legends(project)                                # after a project is read: the legends again

QGIS's own legend of a styled product file reads "Band 1 (Gray)" over a ramp that runs up to VITO's "no value" grey
(FAPAR 0 to 1.255), and a WMTS layer has none at all. This one says what the colours mean: "FAPAR", a ramp from 0 to 1,
and the grey of "no value". The map is drawn as before; only the Layers panel and print layouts show the difference.
A layer remembers the content its legend shows (LEGEND_PROPERTY), so a project read again gets it back.
"""

from __future__ import annotations

from qgis.core import (
    QgsColorRampLegendNode,
    QgsColorRampLegendNodeSettings,
    QgsGradientColorRamp,
    QgsGradientStop,
    QgsMapLayerLegend,
    QgsProject,
    QgsRasterSymbolLegendNode,
    QgsSimpleLegendNode,
)
from qgis.PyQt import sip
from qgis.PyQt.QtGui import QColor

from ...toolbelt.i18n import tr
from .colormaps import NO_VALUE_COLOUR, RAMPS
from .contents import ContentSpec, content_spec

LEGEND_PROPERTY = "terrascope_s2/legend"  # the content (FAPAR, NDVI...) whose colour table the layer's legend shows
SERVICE_LAYER_PREFIX = "CGS_S2_"  # Terrascope's Sentinel-2 layers: CGS_S2_<content>


def has_colour_table(spec: ContentSpec) -> bool:
    return spec.content in RAMPS and spec.scaling_known


def legend_title(spec: ContentSpec) -> str:
    """'FAPAR', 'LAI (m²/m²)': the product and its unit, the legend's header."""
    return f"{spec.content} ({spec.unit})" if spec.unit else spec.content


def physical_ramp(spec: ContentSpec) -> QgsGradientColorRamp:
    """VITO's colour table of the content as a gradient over its physical range (physical_min to physical_max)."""
    low, high = spec.physical_min, spec.physical_max
    stops = [(min(max((spec.to_physical(dn) - low) / (high - low), 0.0), 1.0), QColor(colour))
             for dn, colour in RAMPS[spec.content]]
    ramp = QgsGradientColorRamp(stops[0][1], stops[-1][1], False,
                                [QgsGradientStop(position, colour) for position, colour in stops[1:-1]])
    return ramp


def _number(value: float) -> str:
    return f"{round(value, 4):g}"


def legend_nodes(node_layer, spec: ContentSpec) -> list:
    """The header (product and unit), the colour ramp from the physical minimum to the maximum, and VITO's grey."""
    settings = QgsColorRampLegendNodeSettings()
    settings.setMinimumLabel(_number(spec.physical_min))
    settings.setMaximumLabel(_number(spec.physical_max))
    if spec.unit:
        settings.setSuffix(f" {spec.unit}")
    nodes = [QgsSimpleLegendNode(node_layer, legend_title(spec)),
             QgsColorRampLegendNode(node_layer, physical_ramp(spec), settings, spec.physical_min, spec.physical_max)]
    if spec.grey_values:
        nodes.append(QgsRasterSymbolLegendNode(node_layer, QColor(NO_VALUE_COLOUR), tr("No value")))
    return nodes


class ColourTableLegend(QgsMapLayerLegend):
    """A layer's legend made of legend_nodes()."""

    def __init__(self, spec: ContentSpec):
        super().__init__()
        self.spec = spec

    def createLayerTreeModelLegendNodes(self, node_layer):  # noqa: N802
        nodes = legend_nodes(node_layer, self.spec)
        for node in nodes:  # QGIS owns and deletes them: without this, Python deletes them first and QGIS crashes
            sip.transferto(node, None)
        return nodes


def set_colour_table_legend(layer, spec: ContentSpec) -> bool:
    """Give the layer the legend of the content's colour table; False (nothing changed) when it has none."""
    if not has_colour_table(spec):
        return False
    layer.setCustomProperty(LEGEND_PROPERTY, spec.content)
    layer.setLegend(ColourTableLegend(spec))
    return True


def service_content(service_layer: str) -> ContentSpec | None:
    """The product a Terrascope service layer shows ('CGS_S2_NDVI': NDVI), when the plugin has its colour table."""
    if not service_layer.upper().startswith(SERVICE_LAYER_PREFIX):
        return None
    spec = content_spec(service_layer[len(SERVICE_LAYER_PREFIX):])
    return spec if has_colour_table(spec) else None


def set_service_legend(layer, service_layer: str) -> bool:
    """The legend of a service layer: the server's own (GetLegendGraphic, which QGIS shows by itself) where its WMS
    offers one; else, for a product whose colour table the plugin knows, that table in physical units (VITO's services
    draw with the same tables). True when the layer got the colour table."""
    spec = service_content(service_layer)
    provider = layer.dataProvider()
    tiled = "tileMatrixSet=" in layer.source()  # a WMTS: QGIS finds a legend only in its capabilities' styles
    if spec is None or (not tiled and provider is not None and provider.supportsLegendGraphic()):
        if isinstance(layer.legend(), ColourTableLegend):  # the layer changed to a WMS with a legend of its own
            layer.removeCustomProperty(LEGEND_PROPERTY)
            layer.setLegend(QgsMapLayerLegend.defaultRasterLegend(layer))
        return False
    return set_colour_table_legend(layer, spec)


def restore_legends(project: QgsProject | None = None) -> int:
    """The colour table legends of the project's layers that had one (a project file keeps only the property)."""
    project = project or QgsProject.instance()
    restored = 0
    for layer in project.mapLayers().values():
        content = layer.customProperty(LEGEND_PROPERTY, "")
        if content and not isinstance(layer.legend(), ColourTableLegend):
            restored += set_colour_table_legend(layer, content_spec(str(content)))
    return restored
