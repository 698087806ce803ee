"""terrascope_s2:searchcatalogue: the products of a collection on tiles or an extent, in a date range, below a cloud
cover, as a footprint layer (newest first)."""

from __future__ import annotations

import json

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt

from ..core.qgis_compat import field
from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr
from .base import TerrascopeAlgorithm
from .catalogue_params import add_catalogue_parameter, add_search_parameters, catalogue_client, read_query, search

FIELDS = (("id", "string"), ("collection", "string"), ("date", "date"), ("datetime", "datetime"), ("tile", "string"),
          ("cloud_cover", "double"), ("platform", "string"), ("size_mb", "double"), ("size_known", "int"),
          ("files", "int"))


class SearchCatalogueAlgorithm(TerrascopeAlgorithm):
    NAME = "searchcatalogue"
    DISPLAY_NAME = QT_TRANSLATE_NOOP("@default", "Search the catalogue")
    GROUP_ID = "catalogue"
    HELP = QT_TRANSLATE_NOOP(
        "@default",
        "Searches Terrascope's catalogue (or the STAC API in the plugin's settings) for the products of one collection "
        "on tiles (TILES) or an extent (EXTENT), between two dates, at most as cloudy as MAX_CLOUD, and gives their "
        "footprints, newest first: id, collection, date, tile, cloud cover, platform and size (size_known 0: an upper "
        "bound from the image sizes). Leave COLLECTION empty to list the catalogue's collections. The footprint layer "
        "(or its selected features) is what 'Download products' takes.")

    def initAlgorithm(self, config=None):  # noqa: N802
        add_search_parameters(self)
        add_catalogue_parameter(self)
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", tr("Products"), QgsProcessing.SourceType.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber("COUNT", tr("Products listed")))
        self.addOutput(QgsProcessingOutputNumber("MATCHED", tr("Products matching (-1: the catalogue does not say)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        client = catalogue_client(self, parameters, context, feedback)
        query = read_query(self, parameters, context, client, feedback)
        result = search(client, query, feedback)
        fields = QgsFields()
        for name, kind in FIELDS:
            fields.append(field(name, kind))
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.MultiPolygon,
                                             QgsCoordinateReferenceSystem("EPSG:4326"))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for item in result.items:
            if feedback.isCanceled():
                break
            feature = QgsFeature(fields)
            geometry = footprint(item)
            if geometry is not None:
                feature.setGeometry(geometry)
            moment = QDateTime(QDate(item.acquired.year, item.acquired.month, item.acquired.day),
                               item.acquired.time(), Qt.TimeSpec.UTC)
            size = item.estimated_size
            feature.setAttributes([item.id, item.collection, moment.date(), moment, item.tile, item.cloud_cover,
                                   item.platform, round(size / 1e6, 3) if size is not None else None,
                                   int(item.size is not None), len(item.product_assets())])
            sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert)
        matched = result.number_matched if result.number_matched is not None else -1
        feedback.pushInfo(tr("{count} products listed.").format(count=len(result.items)))
        feedback.setProgress(100)
        return {"OUTPUT": dest_id, "COUNT": len(result.items), "MATCHED": matched}


def footprint(item) -> QgsGeometry | None:
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
