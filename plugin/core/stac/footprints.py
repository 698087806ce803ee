"""Catalogue items as footprints in QGIS: their geometry, the attributes a footprint layer carries (the Processing
algorithm's output and the panel's result layer share them)."""

from __future__ import annotations

import json

from qgis.core import QgsFeature, QgsFields, QgsGeometry, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from .items import Item

FIELDS = (("id", "string"), ("collection", "string"), ("date", "date"), ("datetime", "datetime"), ("tile", "string"),
          ("cloud_cover", "double"), ("platform", "string"), ("size_mb", "double"), ("size_known", "int"),
          ("files", "int"))


def footprint_fields() -> QgsFields:
    from ...toolbelt.fields import output_field

    fields = QgsFields()
    for name, kind in FIELDS:
        fields.append(output_field(name, kind))
    return fields


def footprint_feature(item: Item, fields: QgsFields) -> QgsFeature:
    feature = QgsFeature(fields)
    geometry = footprint(item)
    if geometry is not None:
        feature.setGeometry(geometry)
    moment = QDateTime(QDate(item.acquired.year, item.acquired.month, item.acquired.day), item.acquired.time(),
                       Qt.TimeSpec.UTC)
    size = item.estimated_size
    feature.setAttributes([item.id, item.collection, moment.date(), moment, item.tile, item.cloud_cover, item.platform,
                           round(size / 1e6, 3) if size is not None else None, int(item.size is not None),
                           len(item.product_assets())])
    return feature


def footprint(item: Item) -> QgsGeometry | None:
    """The item's geometry (GeoJSON, WGS 84) as a multipolygon, else its bbox, else None."""
    if item.geometry is not None:
        from osgeo import ogr

        try:
            parsed = ogr.CreateGeometryFromJson(json.dumps(item.geometry))
        except RuntimeError:  # GDAL in exception mode (another plugin's choice): a geometry it cannot read
            parsed = None
        if parsed is not None:
            geometry = QgsGeometry.fromWkt(parsed.ExportToWkt())
            if not geometry.isNull():
                geometry.convertToMultiType()
                return geometry
    if item.bbox is not None:
        geometry = QgsGeometry.fromRect(QgsRectangle(*item.bbox))
        geometry.convertToMultiType()
        return geometry
    return None


def footprint_layer(items: list[Item], name: str) -> QgsVectorLayer:
    """A memory layer (EPSG:4326) of the items' footprints, newest first, not added to any project."""
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:4326", name, "memory")
    fields = footprint_fields()
    provider = layer.dataProvider()
    provider.addAttributes(fields.toList())
    layer.updateFields()
    provider.addFeatures([footprint_feature(item, layer.fields()) for item in items])
    layer.updateExtents()
    return layer
