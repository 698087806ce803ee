"""The optional tile outline layer: a memory layer with the outlines of Belgium's tiles and the chosen one (drawn bolder),
labelled with their ids. It belongs to the project once shown; the panel only updates it."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
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
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtGui import QColor

from ..__about__ import PLUGIN_ID
from ..core.tile_map import tile_polygon
from ..core.tiles import tile
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
        crs = QgsCoordinateReferenceSystem(CRS)
        context = QgsProject.instance().transformContext()
        features = []
        for tile_id in dict.fromkeys(tile_ids):
            feature = QgsFeature(layer.fields())
            feature.setGeometry(tile_polygon(tile(tile_id), crs, context))
            feature.setAttributes([tile_id, int(tile_id == chosen)])
            features.append(feature)
        provider.addFeatures(features)
        layer.updateExtents()
        layer.triggerRepaint()
        return layer

    def remove(self) -> None:
        layer = self.layer()
        if layer is not None:
            QgsProject.instance().removeMapLayer(layer.id())
        self._layer_id = ""

    def _create(self) -> QgsVectorLayer:
        layer = QgsVectorLayer(f"Polygon?crs={CRS}", self.name, "memory")
        layer.dataProvider().addAttributes([QgsField("tile", QVariant.String), QgsField("chosen", QVariant.Int)])
        layer.updateFields()
        layer.setCustomProperty(MARK, True)
        root = QgsRuleBasedRenderer.Rule(None)
        for expression, color, width, label in (('"chosen" = 1', "#e8590c", 0.9, tr("Chosen tile")),
                                                ('"chosen" = 0', "#5b6770", 0.3, tr("Other tiles"))):
            symbol = QgsSymbol.defaultSymbol(QgsWkbTypes.PolygonGeometry)
            symbol.changeSymbolLayer(0, _outline_symbol_layer(color, width))
            root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
        layer.setRenderer(QgsRuleBasedRenderer(root))
        labels = QgsPalLayerSettings()
        labels.fieldName = "tile"
        labels.placement = QgsPalLayerSettings.OverPoint
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
    return QgsSimpleFillSymbolLayer(QColor(color), Qt.NoBrush, QColor(color), Qt.SolidLine, width)
