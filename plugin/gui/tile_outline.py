"""The optional tile outline layer: a memory layer with the outlines of Belgium's tiles and the chosen one (drawn bolder),
labelled with their ids. It belongs to the project once shown; the panel only updates it. The layer and its features
come from the services core (core.grid.tiles.tile_outline_layer / tile_outline_features, one tile geometry)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsPalLayerSettings,
    QgsProject,
    QgsRuleBasedRenderer,
    QgsSimpleFillSymbolLayer,
    QgsSymbol,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..__about__ import PLUGIN_ID
from ..core.grid.tile_layers import tile_outline_features, tile_outline_layer
from ..core.qgis_compat import label_over_point
from ..toolbelt.i18n import tr

CRS = "EPSG:4326"
MARK = f"{PLUGIN_ID}/outline"


class TileOutline:
    def __init__(self, name: str):
        self.name = name
        self._layer_id = ""

    def layer(self) -> QgsVectorLayer | None:
        layer = QgsProject.instance().mapLayer(self._layer_id) if self._layer_id else None
        if layer is None:  # one left by an earlier session in this project
            found = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.customProperty(MARK)]
            layer = found[0] if found else None
            self._layer_id = layer.id() if layer else ""
        return layer

    def forget(self) -> None:
        self._layer_id = ""

    def show(self, tile_ids: list[str], chosen: str) -> QgsVectorLayer:
        layer = self.layer() or self._create()
        provider = layer.dataProvider()
        provider.truncate()
        provider.addFeatures(tile_outline_features(layer.fields(), tile_ids, QgsCoordinateReferenceSystem(CRS),
                                                   QgsProject.instance().transformContext(), chosen))
        layer.updateExtents()
        layer.triggerRepaint()
        return layer

    def remove(self) -> None:
        layer = self.layer()
        if layer is not None:
            QgsProject.instance().removeMapLayer(layer.id())
        self._layer_id = ""

    def _create(self) -> QgsVectorLayer:
        """The services core's outline layer (fields tile, epsg, chosen), with the panel's styling: the chosen tile
        bolder, ids as labels, a legend."""
        layer = tile_outline_layer([], QgsCoordinateReferenceSystem(CRS), self.name)
        layer.setCustomProperty(MARK, True)
        root = QgsRuleBasedRenderer.Rule(None)
        for expression, color, width, label in (('"chosen" = 1', "#e8590c", 0.9, tr("Chosen tile")),
                                                ('"chosen" = 0', "#5b6770", 0.3, tr("Other tiles"))):
            symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.GeometryType.PolygonGeometry)
            symbol.changeSymbolLayer(0, _outline_symbol_layer(color, width))
            root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
        layer.setRenderer(QgsRuleBasedRenderer(root))
        labels = QgsPalLayerSettings()
        labels.fieldName = "tile"
        labels.placement = label_over_point()
        text = QgsTextFormat()
        text.setColor(QColor("#303a40"))
        text.buffer().setEnabled(True)
        labels.setFormat(text)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
        layer.setLabelsEnabled(True)
        QgsProject.instance().addMapLayer(layer, False)
        QgsProject.instance().layerTreeRoot().insertLayer(0, layer)
        self._layer_id = layer.id()
        return layer


def _outline_symbol_layer(color: str, width: float) -> QgsSimpleFillSymbolLayer:
    """An outline without fill: the map under it stays visible."""
    return QgsSimpleFillSymbolLayer(QColor(color), Qt.BrushStyle.NoBrush, QColor(color), Qt.PenStyle.SolidLine, width)
