"""terrascope_s2:searchcatalogue: the products of a collection on tiles or an extent, in a date range, below a cloud
cover, as a footprint layer (newest first)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureSink,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsWkbTypes,
)

from ..core.text import QT_TRANSLATE_NOOP
from ..toolbelt.i18n import tr
from .base import TerrascopeAlgorithm
from .catalogue_params import add_catalogue_parameter, add_search_parameters, catalogue_client, read_query, search


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
        from ..core.stac.footprints import footprint_feature, footprint_fields

        fields = footprint_fields()
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Type.MultiPolygon,
                                             QgsCoordinateReferenceSystem("EPSG:4326"))
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for item in result.items:
            if feedback.isCanceled():
                break
            sink.addFeature(footprint_feature(item, fields), QgsFeatureSink.Flag.FastInsert)
        matched = result.number_matched if result.number_matched is not None else -1
        feedback.pushInfo(tr("%n product(s) listed.", None, len(result.items)))
        feedback.setProgress(100)
        return {"OUTPUT": dest_id, "COUNT": len(result.items), "MATCHED": matched}

